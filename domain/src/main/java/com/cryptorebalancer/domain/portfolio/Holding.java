package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of one asset one location holds, and what it is worth.
 *
 * <p>{@code asset} is the ticker as the source spelled it ({@code SOL2}); {@code coinName} is the full
 * name when the source gave one ("Solana"), otherwise null. Both feed the taxonomy, which decides which
 * coin and group this really is.
 *
 * <p>A holding is either priced ({@code value} and {@code price} both present, {@code value} being the
 * source's own valuation) or unpriced (both null): an unpriced holding is never worth zero, it is
 * worth "unknown", and the planner says so.
 */
public record Holding(Asset asset, String coinName, Location location, Quantity quantity, UsdAmount value, Price price) {

    public Holding {
        Objects.requireNonNull(asset, "holding needs an asset");
        Objects.requireNonNull(location, "holding of " + asset + " needs a location");
        Objects.requireNonNull(quantity, "holding of " + asset + " at " + location + " needs a quantity");
        if (!quantity.asset().equals(asset)) {
            throw new IllegalArgumentException(
                    "holding of " + asset + " at " + location + " has a quantity of " + quantity.asset());
        }
        if ((value == null) != (price == null)) {
            throw new IllegalArgumentException("holding of " + asset + " at " + location
                    + " must have both a value and a price, or neither");
        }
        if (price != null && !price.asset().equals(asset)) {
            throw new IllegalArgumentException(
                    "holding of " + asset + " at " + location + " has a price of " + price.asset());
        }
        if (coinName != null && coinName.isBlank()) {
            coinName = null;
        }
    }

    /** A holding valued by its source: the price is implied as value / quantity. */
    public static Holding valued(Asset asset, String coinName, Location location, Quantity quantity,
                                 UsdAmount value, com.cryptorebalancer.domain.money.PriceSource source,
                                 java.time.Instant asOf) {
        return new Holding(asset, coinName, location, quantity, value,
                Price.implied(value, quantity, source, asOf));
    }

    /** A holding whose worth is unknown (the source gave no value, or a value of zero). */
    public static Holding unpriced(Asset asset, String coinName, Location location, Quantity quantity) {
        return new Holding(asset, coinName, location, quantity, null, null);
    }

    public boolean isPriced() {
        return price != null;
    }

    public boolean isNegative() {
        return quantity.isNegative();
    }

    public Optional<Price> priceIfKnown() {
        return Optional.ofNullable(price);
    }

    /** The value, or zero for an unpriced holding: only for totals that are labelled as priced-only. */
    public UsdAmount valueOrZero() {
        return value == null ? UsdAmount.ZERO : value;
    }
}
