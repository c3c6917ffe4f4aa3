package com.cryptorebalancer.domain.backtest;

import java.math.BigDecimal;

/**
 * How far a coin's weight may drift from its target before it trades back, in percent.
 *
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: more than {@code percent} percentage points away from the target,
 *       {@code |w - t| > percent / 100} (5 = 5 percentage points);</li>
 *   <li>{@link Kind#RELATIVE}: more than {@code percent} % of its own target away,
 *       {@code |w - t| > percent / 100 * t} (25 = a quarter of the target); a coin with a target of 0
 *       breaches as soon as it is held.</li>
 * </ul>
 * Exactly on the edge is inside, and so is a drift past it by less than {@link #ROUNDING} (0.55 - 0.5 is
 * 0.050000000000000044 in binary floating point, yet a weight of 55 % is on the edge of a 5 pp band).
 */
public record DriftBand(Kind kind, double percent) {

    public enum Kind { ABSOLUTE, RELATIVE }

    /** How far past the edge a drift may be and still count as on it: floating-point rounding, not drift. */
    public static final double ROUNDING = 1e-12;

    public DriftBand {
        if (kind == null) {
            throw new IllegalArgumentException("a band needs a kind (absolute or relative)");
        }
        if (!(percent >= 0) || kind == Kind.ABSOLUTE && percent > 100 || Double.isInfinite(percent)) {
            throw new IllegalArgumentException(kind == Kind.ABSOLUTE
                    ? "an absolute band must be 0 to 100 percentage points wide, was " + percent
                    : "a relative band must be 0 % or more of the target and finite, was " + percent);
        }
    }

    /** A band of {@code points} percentage points either side of the target. */
    public static DriftBand absolutePoints(double points) {
        return new DriftBand(Kind.ABSOLUTE, points);
    }

    /** A band of {@code percent} % of the target either side of it. */
    public static DriftBand relativePercent(double percent) {
        return new DriftBand(Kind.RELATIVE, percent);
    }

    public boolean breached(double weight, double target) {
        double drift = Math.abs(weight - target);
        double width = percent / 100;
        return drift - ROUNDING > (kind == Kind.ABSOLUTE ? width : width * target);
    }

    /** "5pp" or "25%", as {@link Strategy#parse} reads it. */
    public String code() {
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + (kind == Kind.ABSOLUTE ? "pp" : "%");
    }
}
