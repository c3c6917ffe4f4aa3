package com.cryptorebalancer.domain.suggest;

/**
 * Floors and caps no long-only, fully invested portfolio can meet (or that are not shares at all); the
 * message names the values. {@link #kind()} says which kind of bound is at fault.
 */
public final class InfeasibleBoundsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The kind of bound at fault: a floor (also when a floor is above its cap) or a cap. */
    public enum Kind { FLOOR, CAP }

    private final Kind kind;

    InfeasibleBoundsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
