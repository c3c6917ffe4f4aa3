package com.cryptorebalancer.adapter.out.persistence.file;

import java.nio.file.Path;

/**
 * The taxonomy file cannot be used: it is corrupt (the message gives the line and column and what is
 * wrong there), unreadable, or cannot be written. It is a problem of the user's data directory, not a
 * bug, so the CLI answers it with exit code 2.
 */
public final class TaxonomyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    TaxonomyFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    TaxonomyFileException(Path file, int line, int column, String message) {
        this(file, "line " + line + ", column " + column + ": " + message, null);
    }

    public Path file() {
        return file;
    }
}
