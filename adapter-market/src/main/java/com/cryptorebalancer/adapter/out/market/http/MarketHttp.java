package com.cryptorebalancer.adapter.out.market.http;

import com.cryptorebalancer.application.port.out.SourceHealth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * GET requests to one market-data source, as a good client of it: its rate limit respected, 429s, 5xx,
 * timeouts and I/O errors retried with exponential backoff and jitter (a {@code Retry-After} honoured),
 * a circuit breaker that stops calling a source that keeps failing, and a record of how it went.
 * Every source client (CoinGecko, Binance, Kraken) sends its requests through one of these.
 */
public final class MarketHttp {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final int BODY_IN_MESSAGE = 200;

    private final SourceSettings settings;
    private final HttpClient client;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final AtomicLong requests = new AtomicLong();
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;

    public MarketHttp(SourceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                // HTTP/2 where TLS negotiates it; over plain http (a local stub, a mirror) no h2c upgrade, which
                // servers such as Jetty answer with a protocol switch the JDK client sometimes loses mid-request
                .version("http".equalsIgnoreCase(settings.baseUrl().getScheme())
                        ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.rateLimiter = RateLimiter.of(settings.name(), RateLimiterConfig.custom()
                .limitForPeriod(settings.requestsPerPeriod())
                .limitRefreshPeriod(settings.period())
                .timeoutDuration(settings.maxWaitForPermit())
                .build());
        this.breaker = CircuitBreaker.of(settings.name(), CircuitBreakerConfig.custom()
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(Math.max(1, settings.breakerWindow() / 2))
                .failureRateThreshold(settings.breakerFailurePct())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // a source that answers "no such coin" (404, 400) is working: only its failures count
                .recordException(e -> e instanceof MarketHttpException failure && failure.countsAgainstSource())
                .build());
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        this.retry = Retry.of(settings.name(), RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(e -> e instanceof MarketHttpException failure && failure.retryable())
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof MarketHttpException failure
                            && failure.retryAfter() != null) {
                        return Math.min(failure.retryAfter().toMillis(), settings.maxBackoff().toMillis());
                    }
                    return backoff.apply(attempt);
                })
                .build());
    }

    public String source() {
        return settings.name();
    }

    public URI baseUrl() {
        return settings.baseUrl();
    }

    /**
     * GETs {@code pathAndQuery} (appended to the base URL) and reads the answer's JSON as {@code type}.
     *
     * @param headers extra request headers (an API key): never put into a message
     * @throws MarketHttpException when no usable answer came after the attempts allowed, the source refused
     *                             (4xx), the answer was not JSON of that shape, or the circuit is open
     */
    public <T> T getJson(String pathAndQuery, Map<String, String> headers, Class<T> type) {
        return getJson(pathAndQuery, headers, JSON.constructType(type));
    }

    /** As {@link #getJson(String, Map, Class)}, for generic types ({@code List<List<Object>>}...). */
    public <T> T getJson(String pathAndQuery, Map<String, String> headers, Type type) {
        return getJson(pathAndQuery, headers, JSON.getTypeFactory().constructType(type));
    }

    /**
     * A refusal that a source writes inside a successful answer (Kraken's {@code "error"} list with HTTP 200):
     * the words of it when the parsed answer is a transient one (too many requests, service unavailable), else null.
     */
    @FunctionalInterface
    public interface TransientRefusal<T> {
        String in(T answer);
    }

    /**
     * As {@link #getJson(String, Map, Type)}, where an answer that {@code refusal} calls transient is retried like
     * a 429 and, when no attempt is left, fails the call and counts in the source's health.
     */
    public <T> T getJson(String pathAndQuery, Map<String, String> headers, Type type, TransientRefusal<? super T> refusal) {
        return getJson(pathAndQuery, headers, JSON.getTypeFactory().constructType(type), refusal);
    }

    private <T> T getJson(String pathAndQuery, Map<String, String> headers, JavaType type) {
        return getJson(pathAndQuery, headers, type, answer -> null);
    }

    private <T> T getJson(String pathAndQuery, Map<String, String> headers, JavaType type,
                          TransientRefusal<? super T> refusal) {
        Supplier<T> attempt = () -> {
            HttpResponse<String> response = send(pathAndQuery, headers);
            T answer = parse(pathAndQuery, response, type, headers);
            String refused = refusal.in(answer);
            if (refused != null) {
                throw new MarketHttpException(source(), refused, response.statusCode(), null, true, null);
            }
            return answer;
        };
        Supplier<T> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, RateLimiter.decorateSupplier(rateLimiter, attempt)));
        try {
            T answer = guarded.get();
            lastSuccess = clock.instant();
            return answer;
        } catch (CallNotPermittedException open) {
            // not a failure of the source (it was not asked): its health keeps the failure that opened the circuit
            throw new MarketHttpException(source(), "not called: it failed too often lately (circuit open for up to "
                    + settings.breakerOpenFor().toSeconds() + " s)", 0, null, false, open);
        } catch (RequestNotPermitted limited) {
            throw new MarketHttpException(source(), "not called: its rate limit of " + settings.requestsPerPeriod()
                    + " requests per " + settings.period().toSeconds() + " s left no room within "
                    + settings.maxWaitForPermit().toSeconds() + " s", 0, null, false, limited);
        } catch (MarketHttpException e) {
            throw failed(e);
        }
    }

    /** How this source has been answering. */
    public SourceHealth health() {
        return new SourceHealth(source(), breaker.getState().name().toLowerCase(Locale.ROOT), lastSuccess, lastFailure,
                lastError, requests.get());
    }

    private MarketHttpException failed(MarketHttpException e) {
        if (e.countsAgainstSource()) {
            lastFailure = clock.instant();
            lastError = e.getMessage();
        }
        return e;
    }

    private HttpResponse<String> send(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "crypto-rebalancer")
                .GET();
        headers.forEach(request::header);
        requests.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new MarketHttpException(source(), "no answer to " + path(pathAndQuery) + " within "
                    + settings.requestTimeout().toMillis() + " ms", 0, null, true, e);
        } catch (IOException e) {
            throw new MarketHttpException(source(), "cannot reach " + settings.baseUrl() + ": " + e, 0, null, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketHttpException(source(), "interrupted while waiting for " + path(pathAndQuery), 0, null, false, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        // 418: Binance's "banned for ignoring 429s", with a Retry-After like a 429's
        boolean retryable = status == 429 || status == 418 || status >= 500;
        Duration retryAfter = retryAfter(response);
        throw new MarketHttpException(source(), "HTTP " + status + " for " + path(pathAndQuery)
                + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)") + ": "
                + excerpt(withoutSecrets(response.body(), headers)), status, retryAfter, retryable, null);
    }

    private <T> T parse(String pathAndQuery, HttpResponse<String> response, JavaType type, Map<String, String> headers) {
        try {
            T value = JSON.readValue(response.body(), type);
            if (value == null) {
                throw new MarketHttpException(source(), "answered null to " + path(pathAndQuery), response.statusCode(),
                        null, false, null).malformed();
            }
            return value;
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the body, so it is not kept as the cause: only its redacted text is
            throw new MarketHttpException(source(), "answered " + path(pathAndQuery) + " with what is not its format ("
                    + withoutSecrets(e.getOriginalMessage(), headers) + "): "
                    + excerpt(withoutSecrets(response.body(), headers)), response.statusCode(), null, false, null)
                    .malformed();
        }
    }

    private URI url(String pathAndQuery) {
        String base = settings.baseUrl().toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + pathAndQuery : base + pathAndQuery);
    }

    /** The path without its query (which may hold a key). */
    private static String path(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** A source may echo a key it refuses ("Invalid API Key: ..."): no header value sent reaches a message. */
    private static String withoutSecrets(String text, Map<String, String> headers) {
        String clean = text == null ? "" : text;
        for (String value : headers.values()) {
            if (value != null && !value.isBlank()) {
                clean = clean.replace(value, "[redacted]");
            }
        }
        return clean;
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= BODY_IN_MESSAGE ? "\"" + flat + "\"" : "\"" + flat.substring(0, BODY_IN_MESSAGE) + "...\"";
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpResponse<String> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
