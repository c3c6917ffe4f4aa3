package com.cryptorebalancer.application.port.out;

import java.time.Instant;

/**
 * How a market-data source has been answering.
 *
 * @param source      its name
 * @param circuit     its circuit breaker: {@code closed} (requests go), {@code open} (requests are refused
 *                    without being sent, until a wait is over) or {@code half_open} (a few trial requests)
 * @param lastSuccess when it last answered well, or null
 * @param lastFailure when it last failed, or null
 * @param lastError   what that failure was, or null
 * @param requests    HTTP requests sent since start (retries included)
 */
public record SourceHealth(String source, String circuit, Instant lastSuccess, Instant lastFailure, String lastError,
                           long requests) {
}
