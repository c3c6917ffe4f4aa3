package com.cryptorebalancer.application.port.out;

/** A market-data source failed as a whole; the message says which and how, without any key. */
public class PriceSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    public PriceSourceException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    public PriceSourceException(String source, String message) {
        this(source, message, null);
    }

    public String source() {
        return source;
    }
}
