package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Objects;

/**
 * What the taxonomy decided about a ticker: which coin it is, which group it belongs to, on what
 * basis, and in words why.
 */
public record Classification(Asset coin, Group group, Basis basis, String explanation) {

    /** How a classification was reached, from most to least certain. */
    public enum Basis {
        /** A person assigned this ticker to a group. */
        OVERRIDE,
        /** The ticker is in the alias table. */
        ALIAS,
        /** The ticker is another spelling of a known coin (SOL2, XXBT, DOT.S). */
        SPELLING,
        /** A safe pattern rule recognised it (a stablecoin priced at 1 USD, a wrapped or staked variant). */
        PATTERN,
        /** Nothing recognised it: it is counted in Others and reported as an unknown alias. */
        UNKNOWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Classification {
        Objects.requireNonNull(coin, "classification needs a coin");
        Objects.requireNonNull(group, "classification of " + coin + " needs a group");
        Objects.requireNonNull(basis, "classification of " + coin + " needs a basis");
        Objects.requireNonNull(explanation, "classification of " + coin + " needs an explanation");
    }

    public boolean isUnknown() {
        return basis == Basis.UNKNOWN;
    }
}
