package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Weight;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A tolerance band around each group's target: {@code width} percentage points ({@link Unit#POINTS}),
 * or {@code width} percent of the target itself ({@link Unit#RELATIVE}). A group trades only when it
 * is strictly outside its band, and then goes back to target or only to the band's edge.
 */
public record Band(BigDecimal width, Unit unit, Goal goal) {

    /** How the width is measured. */
    public enum Unit { POINTS, RELATIVE }

    /** Where an out-of-band group is brought back to. */
    public enum Goal {
        TARGET, EDGE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Goal fromCode(String code) {
            for (Goal goal : values()) {
                if (goal.code().equalsIgnoreCase(code.strip())) {
                    return goal;
                }
            }
            throw new IllegalArgumentException("unknown band goal '" + code + "'; expected target or edge");
        }
    }

    private static final BigDecimal MAX_RELATIVE = new BigDecimal("1000");
    private static final int MAX_DECIMALS = 10;

    public Band {
        Objects.requireNonNull(width, "band width must not be null");
        Objects.requireNonNull(unit, "band unit must not be null");
        Objects.requireNonNull(goal, "band goal must not be null");
        if (width.signum() <= 0) {
            throw new IllegalArgumentException("band width must be positive, was " + width);
        }
        if (unit == Unit.POINTS && width.compareTo(Decimals.HUNDRED) >= 0) {
            throw new IllegalArgumentException("band width must be below 100 percentage points, was " + width);
        }
        if (unit == Unit.RELATIVE && width.compareTo(MAX_RELATIVE) > 0) {
            throw new IllegalArgumentException("relative band width must be at most " + MAX_RELATIVE + " %, was " + width);
        }
        if (width.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("band width has more than " + MAX_DECIMALS + " decimals: " + width);
        }
        width = Decimals.canonical(width);
    }

    /** Half-width of the band around {@code target}, as a fraction of the portfolio. */
    public BigDecimal halfWidth(Weight target) {
        BigDecimal fraction = width.divide(Decimals.HUNDRED, Decimals.MC);
        return unit == Unit.POINTS ? fraction : target.fraction().multiply(fraction);
    }

    public String describe() {
        return width.toPlainString() + (unit == Unit.POINTS ? " pp" : " % of target");
    }
}
