package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of one asset. Negative quantities exist in real exports (debts, margin, rounding
 * residue) and are kept, so this type allows them; operations that would mix assets refuse.
 *
 * <p>Equality is numeric: {@code 2.0} equals {@code 2.00} (and they hash alike). The value is kept as
 * given rather than stripped of trailing zeros at construction: the planner makes tens of thousands of
 * amounts per plan, and stripping allocated a new BigDecimal for each (measured in PlannerBenchmark).
 */
public record Quantity(BigDecimal value, Asset asset) {

    public Quantity {
        Objects.requireNonNull(value, "quantity must not be null");
        Objects.requireNonNull(asset, "quantity needs an asset");
    }

    public static Quantity of(String value, String symbol) {
        return new Quantity(new BigDecimal(value), Asset.of(symbol));
    }

    public Quantity plus(Quantity other) {
        requireSameAsset(other, "add");
        return new Quantity(value.add(other.value), asset);
    }

    public Quantity minus(Quantity other) {
        requireSameAsset(other, "subtract");
        return new Quantity(value.subtract(other.value), asset);
    }

    /** The only way a quantity becomes a USD amount: multiplied by a price of the same asset. */
    public UsdAmount times(Price price) {
        if (!price.asset().equals(asset)) {
            throw new IllegalArgumentException(
                    "cannot value " + this + " with a price of " + price.asset());
        }
        return new UsdAmount(value.multiply(price.usd()));
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    private void requireSameAsset(Quantity other, String operation) {
        if (!asset.equals(other.asset)) {
            throw new IllegalArgumentException(
                    "cannot " + operation + " quantities of different assets: " + this + " and " + other);
        }
    }

    @Override
    public String toString() {
        return Decimals.canonical(value).toPlainString() + " " + asset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity && ((Quantity) other).asset.equals(asset) && ((Quantity) other).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * asset.hashCode() + Decimals.canonical(value).hashCode();
    }
}
