package com.cryptorebalancer.app;

/** The configuration cannot be used (a malformed {@code .env} line, a setting out of range): the message names the file and line or the setting. */
public final class InvalidConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
        super(message);
    }

    public InvalidConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
