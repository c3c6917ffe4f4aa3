package com.cryptorebalancer.application.port.in;

/**
 * A request a person got wrong: the message says what and, where it applies, {@link #field()} names the
 * input at fault. Adapters answer it with exit code 2 or HTTP 400, never as an internal error.
 */
public class InvalidCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidCommandException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The input at fault ("targets", "band"...), or null when it is the request as a whole. */
    public String field() {
        return field;
    }
}
