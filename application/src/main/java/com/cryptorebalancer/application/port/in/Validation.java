package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;

/** Preconditions for commands and queries, failing with {@link InvalidCommandException}. */
public final class Validation {

    private Validation() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
        return value;
    }

    /** The largest USD amount an option may be: a thousand trillion dollars. */
    static final BigDecimal MAX_USD = new BigDecimal("1E15");

    /** The most decimals an option's USD amount may have. */
    static final int MAX_DECIMALS = 10;

    /**
     * A USD amount of zero or more, below 10^15, with at most 10 decimals. Checked by comparison only: a
     * value such as 1e999999999 must be refused before any arithmetic, which it would overflow.
     */
    public static BigDecimal usd(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0) {
            throw new InvalidCommandException(field, field + " must not be negative, was " + value);
        }
        if (value.compareTo(MAX_USD) >= 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidCommandException(field, field + " is out of range (below 10^15 USD, at most "
                    + MAX_DECIMALS + " decimals), was " + value);
        }
        return value;
    }
}
