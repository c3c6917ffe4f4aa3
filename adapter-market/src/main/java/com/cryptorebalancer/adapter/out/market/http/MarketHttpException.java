package com.cryptorebalancer.adapter.out.market.http;

import com.cryptorebalancer.application.port.out.PriceSourceException;
import java.time.Duration;

/**
 * A request to a source that did not give a usable answer.
 *
 * @see #status() the HTTP status, or 0 when there was no answer (timeout, connection refused)
 */
public class MarketHttpException extends PriceSourceException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Duration retryAfter;
    private final boolean retryable;
    private boolean malformed;

    MarketHttpException(String source, String message, int status, Duration retryAfter, boolean retryable, Throwable cause) {
        super(source, message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    /** What the source asked to wait before trying again ({@code Retry-After}), or null. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** Marks an answer that was not the source's format: not retried, but a failure of the source. */
    MarketHttpException malformed() {
        this.malformed = true;
        return this;
    }

    /**
     * Whether this says the source is failing (no answer, 429, 5xx, an answer not in its format), as
     * opposed to refusing this request (another 4xx: an unknown coin, a bad parameter).
     */
    public boolean countsAgainstSource() {
        return retryable || malformed || status == 0;
    }

    /** 429, 5xx, a timeout or an I/O error: worth another attempt. */
    boolean retryable() {
        return retryable;
    }
}
