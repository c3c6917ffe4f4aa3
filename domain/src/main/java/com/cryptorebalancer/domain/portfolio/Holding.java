package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.time.Instant;
import java.util.Objects;

/**
 * How much of one asset one location holds, and what it is worth.
 *
 * <p>{@code asset} is the ticker as the source spelled it ({@code SOL2}); {@code coinName} is the full
 * name when the source gave one ("Solana"), otherwise null. Both feed the taxonomy, which decides which
 * coin and group this really is.
 *
 * <p>A holding is either priced ({@code value}, {@code priceSource} and {@code pricedAt} all present:
 * the value is the source's own valuation, the unit price is implied by it) or unpriced (all three
 * null): an unpriced holding is never worth zero, it is worth "unknown", and the planner says so.
 */
public record Holding(Asset asset, String coinName, Location location, Quantity quantity, UsdAmount value,
                      PriceSource priceSource, Instant pricedAt) {

    public Holding {
        Objects.requireNonNull(asset, "holding needs an asset");
        Objects.requireNonNull(location, "holding of " + asset + " needs a location");
        Objects.requireNonNull(quantity, "holding of " + asset + " at " + location + " needs a quantity");
        if (!quantity.asset().equals(asset)) {
            throw new IllegalArgumentException(
                    "holding of " + asset + " at " + location + " has a quantity of " + quantity.asset());
        }
        if ((value == null) != (priceSource == null) || (value == null) != (pricedAt == null)) {
            throw new IllegalArgumentException("holding of " + asset + " at " + location
                    + " must have a value with its source and time, or none of them");
        }
        if (value != null && (value.value().signum() == 0 || value.value().signum() != quantity.value().signum())) {
            throw new IllegalArgumentException("no price is implied by " + value + " for " + quantity);
        }
        if (coinName != null && coinName.isBlank()) {
            coinName = null;
        }
    }

    /** A holding valued by its source: its unit price is implied as value / quantity. */
    public static Holding valued(Asset asset, String coinName, Location location, Quantity quantity,
                                 UsdAmount value, PriceSource source, Instant asOf) {
        return new Holding(asset, coinName, location, quantity, value, source, asOf);
    }

    /** A holding whose worth is unknown (the source gave no value, or a value of zero). */
    public static Holding unpriced(Asset asset, String coinName, Location location, Quantity quantity) {
        return new Holding(asset, coinName, location, quantity, null, null, null);
    }

    /** The same holding at another spelling of its location (or at another location). */
    public Holding at(Location other) {
        return new Holding(asset, coinName, other, quantity, value, priceSource, pricedAt);
    }

    public boolean isPriced() {
        return value != null;
    }

    public boolean isNegative() {
        return quantity.isNegative();
    }

    /**
     * The unit price implied by the valuation (value / quantity), or null for an unpriced holding.
     * Computed when asked: most uses need only the value, the source and the time.
     */
    public Price price() {
        return value == null ? null : Price.implied(value, quantity, priceSource, pricedAt);
    }

    /** The value, or zero for an unpriced holding: only for totals that are labelled as priced-only. */
    public UsdAmount valueOrZero() {
        return value == null ? UsdAmount.ZERO : value;
    }
}
