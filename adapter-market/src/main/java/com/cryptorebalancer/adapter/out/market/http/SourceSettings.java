package com.cryptorebalancer.adapter.out.market.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How one market-data source is called: where, how long to wait, how often, and how to retry and stop.
 *
 * @param name              the source's name ({@code coingecko}, ...), on its prices and in its messages
 * @param baseUrl           e.g. {@code https://api.coingecko.com}; paths are appended to it
 * @param connectTimeout    to open a connection
 * @param requestTimeout    for a whole answer
 * @param requestsPerPeriod the source's published limit: at most this many requests ...
 * @param period            ... in each such period (requests beyond wait for the next period)
 * @param maxWaitForPermit  the longest a request waits for the rate limit before it fails
 * @param maxAttempts       attempts of one request in all (1 = no retry), on 429, 5xx, timeouts and I/O errors
 * @param firstBackoff      the wait before the first retry; it doubles each time, with jitter, up to ...
 * @param maxBackoff        ... this; a {@code Retry-After} the source sends is honoured up to this too
 * @param breakerWindow     the circuit breaker looks at this many last requests ...
 * @param breakerFailurePct ... and opens when at least this share of them failed ...
 * @param breakerOpenFor    ... for this long, then lets a few trial requests through
 */
public record SourceSettings(String name, URI baseUrl, Duration connectTimeout, Duration requestTimeout,
                             int requestsPerPeriod, Duration period, Duration maxWaitForPermit, int maxAttempts,
                             Duration firstBackoff, Duration maxBackoff, int breakerWindow, float breakerFailurePct,
                             Duration breakerOpenFor) {

    public SourceSettings {
        Objects.requireNonNull(name, "source needs a name");
        Objects.requireNonNull(baseUrl, name + " needs a base URL");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException(name + " base URL must be http or https, was " + baseUrl);
        }
        if (requestsPerPeriod < 1 || maxAttempts < 1 || breakerWindow < 1) {
            throw new IllegalArgumentException(name + ": requests per period, attempts and breaker window must be at least 1");
        }
    }

    /**
     * Sensible defaults around a source's published rate limit: 5 s to connect, 20 s per answer, wait up to
     * 2 minutes for the rate limit, 4 attempts from 0.5 s of backoff up to 30 s, and a breaker that opens for
     * 60 s when half of the last 10 requests failed.
     */
    public static SourceSettings of(String name, URI baseUrl, int requestsPerPeriod, Duration period) {
        return new SourceSettings(name, baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(20), requestsPerPeriod, period,
                Duration.ofMinutes(2), 4, Duration.ofMillis(500), Duration.ofSeconds(30), 10, 50f, Duration.ofSeconds(60));
    }

    public SourceSettings withTimeouts(Duration connect, Duration request) {
        return new SourceSettings(name, baseUrl, connect, request, requestsPerPeriod, period, maxWaitForPermit, maxAttempts,
                firstBackoff, maxBackoff, breakerWindow, breakerFailurePct, breakerOpenFor);
    }

    public SourceSettings withRetries(int attempts, Duration first, Duration max) {
        return new SourceSettings(name, baseUrl, connectTimeout, requestTimeout, requestsPerPeriod, period, maxWaitForPermit,
                attempts, first, max, breakerWindow, breakerFailurePct, breakerOpenFor);
    }

    public SourceSettings withRateLimit(int requests, Duration per, Duration maxWait) {
        return new SourceSettings(name, baseUrl, connectTimeout, requestTimeout, requests, per, maxWait, maxAttempts,
                firstBackoff, maxBackoff, breakerWindow, breakerFailurePct, breakerOpenFor);
    }

    public SourceSettings withBreaker(int window, float failurePct, Duration openFor) {
        return new SourceSettings(name, baseUrl, connectTimeout, requestTimeout, requestsPerPeriod, period, maxWaitForPermit,
                maxAttempts, firstBackoff, maxBackoff, window, failurePct, openFor);
    }
}
