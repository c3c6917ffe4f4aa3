package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The USD price of one unit of an asset, with where and when it was observed.
 *
 * <p>A price is strictly positive: a price of zero is missing data, and missing data is represented by
 * the absence of a price, never by zero.
 *
 * <p>Equality is numeric: {@code 2.0} equals {@code 2.00} (and they hash alike). The value is kept as
 * given rather than stripped of trailing zeros at construction: the planner makes tens of thousands of
 * amounts per plan, and stripping allocated a new BigDecimal for each (measured in PlannerBenchmark).
 */
public record Price(Asset asset, BigDecimal usd, PriceSource source, Instant asOf) {

    public Price {
        Objects.requireNonNull(asset, "price needs an asset");
        Objects.requireNonNull(usd, "price of " + asset + " must not be null");
        Objects.requireNonNull(source, "price of " + asset + " needs a source");
        Objects.requireNonNull(asOf, "price of " + asset + " needs a time");
        if (usd.signum() <= 0) {
            throw new IllegalArgumentException(
                    "price of " + asset + " must be positive, was " + usd.toPlainString());
        }
    }

    /** The price implied by a valuation: value / quantity, both of the same sign and non-zero. */
    public static Price implied(UsdAmount value, Quantity quantity, PriceSource source, Instant asOf) {
        if (quantity.isZero() || value.isZero()) {
            throw new IllegalArgumentException(
                    "no price is implied by " + value + " for " + quantity);
        }
        return new Price(quantity.asset(), value.value().divide(quantity.value(), Decimals.MC), source, asOf);
    }

    /** How much of the asset the given USD buys at this price, rounded as the caller says. */
    public BigDecimal quantityFor(UsdAmount amount, java.math.RoundingMode rounding) {
        return Decimals.quantity(amount.value(), usd, rounding);
    }

    @Override
    public String toString() {
        return Decimals.canonical(usd).toPlainString() + " USD/" + asset + " (" + source + ", " + asOf + ")";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Price)) {
            return false;
        }
        Price that = (Price) other;
        return that.asset.equals(asset) && that.usd.compareTo(usd) == 0 && that.source.equals(source) && that.asOf.equals(asOf);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(asset, Decimals.canonical(usd), source, asOf);
    }
}
