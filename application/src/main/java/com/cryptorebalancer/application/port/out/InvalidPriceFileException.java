package com.cryptorebalancer.application.port.out;

/** A daily history path that cannot be read at all: missing, unreadable, or a file that is not of the format. */
public class InvalidPriceFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPriceFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidPriceFileException(String message) {
        this(message, null);
    }
}
