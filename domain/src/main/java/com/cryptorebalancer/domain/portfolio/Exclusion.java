package com.cryptorebalancer.domain.portfolio;

import java.util.Locale;
import java.util.Objects;

/** A position left out of totals and plans, and why. Nothing is dropped silently: exclusions are reported. */
public record Exclusion(Position position, Reason reason) {

    /** Why a position is not counted. */
    public enum Reason {
        /** A negative balance (debt, margin, residue): kept and shown, never sold or netted. */
        NEGATIVE_BALANCE,
        /** No usable price (the source valued it at zero or gave no value): its worth is unknown, not zero. */
        NO_PRICE,
        /** Worth less than the dust threshold {@code min_usd}. */
        DUST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Exclusion {
        Objects.requireNonNull(position, "exclusion needs a position");
        Objects.requireNonNull(reason, "exclusion needs a reason");
    }
}
