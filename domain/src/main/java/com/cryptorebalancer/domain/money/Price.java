package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The USD price of one unit of an asset, with where and when it was observed.
 *
 * <p>A price is strictly positive: a price of zero is missing data, and missing data is represented by
 * the absence of a price, never by zero.
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
        usd = Decimals.canonical(usd);
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
        return amount.value().divide(usd, Decimals.MC).setScale(Decimals.QUANTITY_SCALE, rounding);
    }

    @Override
    public String toString() {
        return usd.toPlainString() + " USD/" + asset + " (" + source + ", " + asOf + ")";
    }
}
