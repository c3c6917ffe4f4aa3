package com.cryptorebalancer.adapter.out.persistence.jdbc;

/**
 * The database cannot be opened or refused a statement. The message says what was being done and on
 * which database (never with a password); the cause carries the driver's own error.
 */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    DatabaseException(String message) {
        super(message);
    }
}
