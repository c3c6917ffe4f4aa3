package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;

/** Preconditions for commands and queries, failing with {@link InvalidCommandException}. */
final class Validation {

    private Validation() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0) {
            throw new InvalidCommandException(field, field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }
}
