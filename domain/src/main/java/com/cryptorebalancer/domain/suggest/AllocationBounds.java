package com.cryptorebalancer.domain.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A floor and a cap on each asset's weight (fractions of the whole, 0 to 1), checked to leave at least
 * one long-only portfolio whose weights add up to 1: no floor above its cap, floors adding up to at most
 * 1 and caps to at least 1. Assets without a floor have 0, without a cap 1.
 */
public final class AllocationBounds {

    /** Sums within this of 1 count as 1: floors of 1/3 each are feasible. */
    static final double SUM_TOLERANCE = 1e-12;

    private final List<String> names;
    private final double[] floors;
    private final double[] caps;

    private AllocationBounds(List<String> names, double[] floors, double[] caps) {
        this.names = List.copyOf(names);
        this.floors = floors;
        this.caps = caps;
    }

    /** No bounds but long-only: every weight between 0 and 1. */
    public static AllocationBounds unbounded(List<String> names) {
        return of(names, Map.of(), Map.of());
    }

    /**
     * @param floors the lowest weight of some assets, by name
     * @param caps   the highest weight of some assets, by name
     * @throws InfeasibleBoundsException for a name not among {@code names}, a value outside [0, 1] or
     *                                   bounds no portfolio meets, naming the values
     */
    public static AllocationBounds of(List<String> names, Map<String, Double> floors, Map<String, Double> caps) {
        Objects.requireNonNull(names, "names must not be null");
        double[] lo = values(names, floors, 0.0, InfeasibleBoundsException.Kind.FLOOR);
        double[] hi = values(names, caps, 1.0, InfeasibleBoundsException.Kind.CAP);
        for (int i = 0; i < lo.length; i++) {
            if (lo[i] > hi[i]) {
                throw new InfeasibleBoundsException(InfeasibleBoundsException.Kind.FLOOR, "the floor of " + names.get(i)
                        + " (" + percent(lo[i]) + ") is above its cap (" + percent(hi[i]) + ")");
            }
        }
        if (sum(lo) > 1 + SUM_TOLERANCE) {
            throw new InfeasibleBoundsException(InfeasibleBoundsException.Kind.FLOOR, "the floors add up to "
                    + percent(sum(lo)) + ", more than 100 %: " + listed(names, lo, 0.0));
        }
        if (sum(hi) < 1 - SUM_TOLERANCE) {
            throw new InfeasibleBoundsException(InfeasibleBoundsException.Kind.CAP, "the caps add up to "
                    + percent(sum(hi)) + ", less than 100 %: " + listed(names, hi, Double.NaN));
        }
        return new AllocationBounds(names, lo, hi);
    }

    private static double[] values(List<String> names, Map<String, Double> given, double otherwise,
                                   InfeasibleBoundsException.Kind kind) {
        Objects.requireNonNull(given, kind.name().toLowerCase(java.util.Locale.ROOT) + "s must not be null");
        String what = kind == InfeasibleBoundsException.Kind.FLOOR ? "floor" : "cap";
        double[] values = new double[names.size()];
        java.util.Arrays.fill(values, otherwise);
        for (Map.Entry<String, Double> entry : given.entrySet()) {
            int index = names.indexOf(entry.getKey());
            if (index < 0) {
                throw new InfeasibleBoundsException(kind, "a " + what + " is given for " + entry.getKey()
                        + ", which is not among the assets " + names);
            }
            Double value = entry.getValue();
            if (value == null || !(value >= 0 && value <= 1)) {
                throw new InfeasibleBoundsException(kind, "the " + what + " of " + entry.getKey()
                        + " must be between 0 and 100 %, was " + (value == null ? "missing" : percent(value)));
            }
            values[index] = value;
        }
        return values;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public double floor(int asset) {
        return floors[asset];
    }

    public double cap(int asset) {
        return caps[asset];
    }

    double[] floors() {
        return floors.clone();
    }

    double[] caps() {
        return caps.clone();
    }

    /** The only feasible weights when the floors or the caps add up to exactly 1; null otherwise. */
    double[] forced() {
        if (sum(floors) >= 1 - SUM_TOLERANCE) {
            return floors.clone();
        }
        if (sum(caps) <= 1 + SUM_TOLERANCE) {
            return caps.clone();
        }
        return null;
    }

    /**
     * Weights a solver returned, a hair outside the bounds or off a sum of 1 (its tolerance), put exactly
     * inside: clipped to [floor, cap], then the difference to 1 spread over the room left, in proportion.
     */
    double[] repair(double[] weights) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.min(caps[i], Math.max(floors[i], weights[i]));
        }
        for (int round = 0; round < 3; round++) {
            double gap = 1 - sum(w);
            double room = 0;
            for (int i = 0; i < w.length; i++) {
                room += gap > 0 ? caps[i] - w[i] : w[i] - floors[i];
            }
            if (gap == 0 || room <= 0) {
                break;
            }
            for (int i = 0; i < w.length; i++) {
                double share = (gap > 0 ? caps[i] - w[i] : w[i] - floors[i]) / room;
                w[i] = Math.min(caps[i], Math.max(floors[i], w[i] + gap * share));
            }
        }
        return w;
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** A fraction as a percentage for messages: "12.5 %". */
    static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return fraction + " (as a fraction)";
        }
        return BigDecimal.valueOf(fraction * 100).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }

    /** "BTC 60 %, ETH 50 %", leaving out the assets at {@code unless} (the default, when not NaN). */
    private static String listed(List<String> names, double[] values, double unless) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(unless) || values[i] != unless) {
                parts.add(names.get(i) + " " + percent(values[i]));
            }
        }
        return String.join(", ", parts);
    }
}
