package com.cryptorebalancer.domain.money;

import java.util.Objects;

/**
 * Where a price came from, e.g. {@code local} (implied by an imported export: value / amount) or the
 * name of a market-data source. Shown next to every price the plan uses.
 */
public record PriceSource(String name) {

    /** The price implied by an imported export itself (value / amount at the export's time). */
    public static final PriceSource LOCAL = new PriceSource("local");

    public PriceSource {
        Objects.requireNonNull(name, "price source must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("price source must not be blank");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
