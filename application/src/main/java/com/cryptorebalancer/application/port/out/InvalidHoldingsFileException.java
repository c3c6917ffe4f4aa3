package com.cryptorebalancer.application.port.out;

import java.util.List;

/**
 * A holdings source that cannot be imported as asked: unreadable, of an unknown format, or (when not
 * lenient) with a bad row. The message names the source, line, column and value.
 */
public final class InvalidHoldingsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<RowProblem> problems;

    public InvalidHoldingsFileException(String source, List<RowProblem> problems, String hint) {
        super(message(source, problems, hint));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public InvalidHoldingsFileException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
        this.problems = List.of();
    }

    private static String message(String source, List<RowProblem> problems, String hint) {
        if (problems.isEmpty()) {
            return source + ": " + hint;
        }
        String first = source + ": " + problems.get(0).describe();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more bad rows)" : "";
        return first + more + (hint == null || hint.isEmpty() ? "" : "; " + hint);
    }

    public String source() {
        return source;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
