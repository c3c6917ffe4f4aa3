package com.cryptorebalancer.adapter.out.market.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.testdata.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MarketHttp against a real HTTP server (WireMock): what it retries, what it does not, what counts against
 * the source, and that it keeps to the rate limit and the circuit breaker. Durations are small so the whole
 * class runs in a few seconds.
 */
class MarketHttpTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String PATH = "/api/price";
    private static final String PONG = "{\"pong\":\"yes\"}";

    private final TestClock clock = TestClock.at("2025-02-20T12:00:00Z");

    record Pong(String pong) {
    }

    /** Fast settings: 3 attempts from 10 ms of backoff, a generous rate limit (and 15 s for an answer, so a loaded machine never turns a slow answer into a retry). */
    private SourceSettings fast() {
        return SourceSettings.of("test", URI.create(server.baseUrl()), 1000, Duration.ofSeconds(1))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .withBreaker(20, 50f, Duration.ofSeconds(30));
    }

    private MarketHttp http(SourceSettings settings) {
        return new MarketHttp(settings, clock);
    }

    private Pong call(MarketHttp http) {
        return http.getJson(PATH, Map.of(), Pong.class);
    }

    /** The first request gets {@code first}, every later one {@code then}. */
    private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("first then").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("later"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("first then").whenScenarioStateIs("later")
                .willReturn(then));
    }

    private static void always(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(answer));
    }

    private static int requestsSent() {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
    }

    @Test
    void overPlainHttpItSpeaksHttp11WithoutAskingForAnH2cUpgrade() {
        always(okJson(PONG));

        assertThat(call(http(fast()))).isEqualTo(new Pong("yes"));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(PATH)))).singleElement().satisfies(request -> {
            assertThat(request.getProtocol()).isEqualTo("HTTP/1.1");
            assertThat(request.containsHeader("Upgrade")).isFalse();
            assertThat(request.containsHeader("HTTP2-Settings")).isFalse();
        });
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterWaitingThatLong() {
        firstThen(status(429).withHeader("Retry-After", "1").withBody("{\"msg\":\"slow down\"}"), okJson(PONG));
        MarketHttp http = http(fast());

        long start = System.nanoTime();
        Pong answer = call(http);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer).isEqualTo(new Pong("yes"));
        assertThat(requestsSent()).isEqualTo(2);
        // Retry-After 1 s, not the 10 ms backoff (the upper bound leaves room for a loaded machine)
        assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofMillis(5000));
    }

    @Test
    void aRetryAfterLongerThanTheLongestBackoffIsCutToIt() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.instant().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC));
        firstThen(status(503).withHeader("Retry-After", inAnHour), okJson(PONG));
        MarketHttp http = http(fast().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(300)));

        long start = System.nanoTime();
        call(http);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // an HTTP date an hour away is understood, and capped at the longest backoff (300 ms), not waited for
        assertThat(took).isBetween(Duration.ofMillis(280), Duration.ofMillis(5000));
    }

    @Test
    void a503IsRetriedAndTheSecondAnswerCounts() {
        firstThen(status(503).withBody("upstream busy"), okJson(PONG));
        MarketHttp http = http(fast());

        assertThat(call(http)).isEqualTo(new Pong("yes"));
        assertThat(requestsSent()).isEqualTo(2);
        assertThat(http.health().requests()).isEqualTo(2);
        assertThat(http.health().lastError()).isNull();
    }

    @Test
    void fiveHundredsUntilTheAttemptsRunOutFailWithTheLastStatus() {
        always(status(502).withBody("<html>Bad Gateway</html>"));
        MarketHttp http = http(fast());

        MarketHttpException failure = catchThrowableOfType(MarketHttpException.class, () -> call(http));

        assertThat(failure.status()).isEqualTo(502);
        assertThat(failure.countsAgainstSource()).isTrue();
        assertThat(failure).hasMessageContaining("test: HTTP 502 for /api/price").hasMessageContaining("Bad Gateway");
        assertThat(requestsSent()).isEqualTo(3);
    }

    @Test
    void a400Or404IsNotRetriedAndDoesNotCountAgainstTheSource() {
        always(status(400).withBody("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"));
        MarketHttp http = http(fast().withBreaker(2, 50f, Duration.ofSeconds(30)));

        for (int i = 0; i < 3; i++) {
            MarketHttpException failure = catchThrowableOfType(MarketHttpException.class, () -> call(http));
            assertThat(failure.status()).isEqualTo(400);
            assertThat(failure.countsAgainstSource()).isFalse();
            assertThat(failure).hasMessageContaining("Invalid symbol.");
        }
        server.resetAll();
        always(status(404).withBody("not found"));
        assertThat(catchThrowableOfType(MarketHttpException.class, () -> call(http)).status()).isEqualTo(404);

        assertThat(server.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH)).build()).getCount()).isEqualTo(1);
        SourceHealth health = http.health();
        assertThat(health.requests()).isEqualTo(4);
        assertThat(health.circuit()).isEqualTo("closed");
        assertThat(health.lastFailure()).isNull();
        assertThat(health.lastError()).isNull();
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetriedThenFailsSayingSo() {
        always(okJson(PONG).withFixedDelay(1500));
        MarketHttp http = http(fast().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(100))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

        long start = System.nanoTime();
        MarketHttpException failure = catchThrowableOfType(MarketHttpException.class, () -> call(http));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).hasMessage("test: no answer to /api/price within 300 ms");
        assertThat(failure.status()).isZero();
        assertThat(failure.countsAgainstSource()).isTrue();
        assertThat(http.health().requests()).isEqualTo(2);
        // two attempts cut at 300 ms (even one answer waited for would take 1.8 s)
        assertThat(took).isLessThan(Duration.ofMillis(1700));
    }

    @Test
    void anAnswerThatIsNotJsonIsNotRetriedButCountsAgainstTheSource() {
        always(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"pong\": \"ye"));
        MarketHttp http = http(fast());

        MarketHttpException failure = catchThrowableOfType(MarketHttpException.class, () -> call(http));

        assertThat(failure).hasMessageContaining("answered /api/price with what is not its format");
        assertThat(failure.countsAgainstSource()).isTrue();
        assertThat(requestsSent()).isEqualTo(1);
        assertThat(http.health().lastFailure()).isEqualTo(clock.instant());
        assertThat(http.health().lastError()).contains("not its format");
    }

    @Test
    void anAnswerOfTheWrongShapeOrNullFailsAsNotItsFormat() {
        always(okJson("[1, 2, 3]"));
        MarketHttp http = http(fast());
        assertThatThrownBy(() -> call(http)).isInstanceOf(MarketHttpException.class).hasMessageContaining("not its format");

        server.resetAll();
        always(okJson("null"));
        assertThatThrownBy(() -> call(http)).isInstanceOf(MarketHttpException.class).hasMessageContaining("answered null");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenRefusesWithoutSending() {
        always(status(503));
        // a window of 4 decides after 2 calls; 1 attempt per call
        MarketHttp http = http(fast().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10))
                .withBreaker(4, 50f, Duration.ofSeconds(30)));

        assertThatThrownBy(() -> call(http)).hasMessageContaining("HTTP 503");
        assertThatThrownBy(() -> call(http)).hasMessageContaining("HTTP 503");
        assertThat(http.health().circuit()).isEqualTo("open");

        MarketHttpException refused = catchThrowableOfType(MarketHttpException.class, () -> call(http));

        assertThat(refused).hasMessageContaining("not called").hasMessageContaining("circuit open");
        assertThat(requestsSent()).isEqualTo(2);
        assertThat(http.health().requests()).isEqualTo(2);
        // the health still says what the source did, not that we did not ask
        assertThat(http.health().lastError()).contains("HTTP 503");
    }

    @Test
    void anOpenCircuitLetsTrialRequestsThroughAfterItsWait() throws InterruptedException {
        always(status(500));
        MarketHttp http = http(fast().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10))
                .withBreaker(4, 50f, Duration.ofMillis(200)));
        assertThatThrownBy(() -> call(http)).hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> call(http)).hasMessageContaining("HTTP 500");
        assertThat(http.health().circuit()).isEqualTo("open");

        Thread.sleep(250);
        server.resetAll();
        always(okJson(PONG));

        assertThat(call(http)).isEqualTo(new Pong("yes"));
        assertThat(http.health().circuit()).isEqualTo("half_open");
        call(http);
        assertThat(http.health().circuit()).isEqualTo("closed");
    }

    @Test
    void theRateLimiterSpacesRequests() {
        always(okJson(PONG));
        long start = System.nanoTime();
        MarketHttp http = http(fast().withRateLimit(2, Duration.ofMillis(500), Duration.ofSeconds(5)));

        for (int i = 0; i < 6; i++) {
            call(http);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // 2 now, 2 in the next period, 2 in the one after
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1000)).isLessThan(Duration.ofMillis(5000));
        assertThat(requestsSent()).isEqualTo(6);
    }

    @Test
    void aRequestThatCannotGetAPermitInTimeIsNotSent() {
        always(okJson(PONG));
        MarketHttp http = http(fast().withRateLimit(1, Duration.ofSeconds(10), Duration.ofMillis(50)));
        call(http);

        assertThatThrownBy(() -> call(http)).isInstanceOf(MarketHttpException.class)
                .hasMessageContaining("not called: its rate limit of 1 requests per 10 s");
        assertThat(requestsSent()).isEqualTo(1);
    }

    @Test
    void healthReportsRequestsSuccessFailureAndCircuit() {
        MarketHttp http = http(fast().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)));
        assertThat(http.health()).isEqualTo(new SourceHealth("test", "closed", null, null, null, 0));

        always(okJson(PONG));
        call(http);
        Instant success = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        server.resetAll();
        always(status(500).withBody("oops"));
        assertThatThrownBy(() -> call(http)).isInstanceOf(MarketHttpException.class);

        SourceHealth health = http.health();
        assertThat(health.source()).isEqualTo("test");
        assertThat(health.circuit()).isEqualTo("closed");
        assertThat(health.requests()).isEqualTo(2);
        assertThat(health.lastSuccess()).isEqualTo(success);
        assertThat(health.lastFailure()).isEqualTo(success.plus(Duration.ofMinutes(5)));
        assertThat(health.lastError()).isEqualTo("test: HTTP 500 for /api/price: \"oops\"");
    }

    @Test
    void theHeadersGivenAreSent() {
        always(okJson(PONG));
        MarketHttp http = http(fast());

        http.getJson(PATH + "?ids=bitcoin", Map.of("x-cg-demo-api-key", "CG-abc123"), Pong.class);

        server.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("ids", equalTo("bitcoin"))
                .withHeader("x-cg-demo-api-key", equalTo("CG-abc123"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aKeyInAHeaderNeverAppearsInAMessageEvenWhenTheSourceEchoesIt() {
        String key = "CG-s3cr3t-k3y-0123456789";
        always(status(401).withBody("{\"status\":{\"error_message\":\"Invalid API Key: " + key + "\"}}"));
        MarketHttp http = http(fast());

        MarketHttpException failure = catchThrowableOfType(MarketHttpException.class,
                () -> http.getJson(PATH + "?x_cg_demo_api_key=" + key, Map.of("x-cg-demo-api-key", key), Pong.class));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.getMessage()).contains("Invalid API Key").doesNotContain(key).doesNotContain("s3cr3t");
        assertThat(http.health().lastError()).isNull();

        server.resetAll();
        // cut off at 200 characters, the message must not keep the key's first half either
        always(status(403).withBody("x".repeat(190) + key));
        assertThat(catchThrowableOfType(MarketHttpException.class,
                () -> http.getJson(PATH, Map.of("x-cg-demo-api-key", key), Pong.class)).getMessage()).doesNotContain("CG-s3");

        server.resetAll();
        always(okJson("{\"pong\": " + key + "}"));
        MarketHttpException malformed = catchThrowableOfType(MarketHttpException.class,
                () -> http.getJson(PATH, Map.of("x-cg-demo-api-key", key), Pong.class));
        assertThat(malformed.getMessage()).doesNotContain("s3cr3t");
        assertThat(http.health().lastError()).doesNotContain("s3cr3t");
    }
}
