package com.cryptorebalancer.app;

/** The configuration cannot be used (a malformed {@code .env} line...): the message names file and line. */
public final class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
