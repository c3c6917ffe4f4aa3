package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A share of a whole, as a fraction between 0 and 1 inclusive. *
 * <p>Equality is numeric: {@code 2.0} equals {@code 2.00} (and they hash alike). The value is kept as
 * given rather than stripped of trailing zeros at construction: the planner makes tens of thousands of
 * amounts per plan, and stripping allocated a new BigDecimal for each (measured in PlannerBenchmark).
 */
public record Weight(BigDecimal fraction) implements Comparable<Weight> {

    public static final Weight ZERO = new Weight(BigDecimal.ZERO);

    public Weight {
        Objects.requireNonNull(fraction, "weight must not be null");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "weight must be between 0 and 1, was " + fraction.toPlainString());
        }
    }

    public static Weight ofPercent(BigDecimal percent) {
        return new Weight(percent.divide(Decimals.HUNDRED, Decimals.MC));
    }

    /** The share that {@code part} is of {@code whole}; zero when the whole is zero. */
    public static Weight of(UsdAmount part, UsdAmount whole) {
        if (whole.isZero()) {
            return ZERO;
        }
        return new Weight(part.value().divide(whole.value(), Decimals.MC));
    }

    public UsdAmount of(UsdAmount whole) {
        return new UsdAmount(whole.value().multiply(fraction));
    }

    /** As a percentage with two decimals, for people (12.34). */
    public BigDecimal toPercent() {
        return Decimals.percent(fraction);
    }

    @Override
    public int compareTo(Weight other) {
        return fraction.compareTo(other.fraction);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weight && ((Weight) other).fraction.compareTo(fraction) == 0;
    }

    @Override
    public int hashCode() {
        return Decimals.canonical(fraction).hashCode();
    }
}
