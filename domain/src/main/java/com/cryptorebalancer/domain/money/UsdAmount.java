package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount of US dollars. May be negative (a debt, a sell). *
 * <p>Equality is numeric: {@code 2.0} equals {@code 2.00} (and they hash alike). The value is kept as
 * given rather than stripped of trailing zeros at construction: the planner makes tens of thousands of
 * amounts per plan, and stripping allocated a new BigDecimal for each (measured in PlannerBenchmark).
 */
public record UsdAmount(BigDecimal value) implements Comparable<UsdAmount> {

    public static final UsdAmount ZERO = new UsdAmount(BigDecimal.ZERO);

    public UsdAmount {
        Objects.requireNonNull(value, "USD amount must not be null");
    }

    public static UsdAmount of(String value) {
        return new UsdAmount(new BigDecimal(value));
    }

    public static UsdAmount of(BigDecimal value) {
        return new UsdAmount(value);
    }

    public UsdAmount plus(UsdAmount other) {
        return new UsdAmount(value.add(other.value));
    }

    public UsdAmount minus(UsdAmount other) {
        return new UsdAmount(value.subtract(other.value));
    }

    public UsdAmount negate() {
        return new UsdAmount(value.negate());
    }

    public UsdAmount abs() {
        return value.signum() < 0 ? negate() : this;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isLessThan(UsdAmount other) {
        return value.compareTo(other.value) < 0;
    }

    /** This amount rounded half-even to whole cents, as a plain string ("1234.50"). */
    public String toCentsString() {
        return Decimals.cents(value).toPlainString();
    }

    @Override
    public int compareTo(UsdAmount other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return toCentsString() + " USD";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsdAmount && ((UsdAmount) other).value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return Decimals.canonical(value).hashCode();
    }
}
