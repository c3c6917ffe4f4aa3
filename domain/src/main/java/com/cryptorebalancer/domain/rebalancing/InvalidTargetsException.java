package com.cryptorebalancer.domain.rebalancing;

/** Targets that cannot be planned against: the message says what is wrong and shows the values. */
public final class InvalidTargetsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidTargetsException(String message) {
        super(message);
    }
}
