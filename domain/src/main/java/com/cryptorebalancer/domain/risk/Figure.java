package com.cryptorebalancer.domain.risk;

/**
 * One risk figure, or the reason it cannot be computed: a figure without a value is NaN with a reason
 * (too few returns, returns that do not vary...), never a silent 0.
 *
 * @param undefinedBecause null when {@code value} is a number; otherwise why it is NaN
 */
public record Figure(double value, String undefinedBecause) {

    public Figure {
        if (Double.isNaN(value) == (undefinedBecause == null)) {
            throw new IllegalArgumentException("a figure is either a number or NaN with a reason, was " + value
                    + " with reason " + undefinedBecause);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(String because) {
        return new Figure(Double.NaN, because);
    }

    public boolean isDefined() {
        return undefinedBecause == null;
    }
}
