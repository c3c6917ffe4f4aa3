package com.cryptorebalancer.application.port.in;

/** A request clashes with what is stored, e.g. a profile name another profile already has. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The input at fault, e.g. "name". */
    public String field() {
        return field;
    }
}
