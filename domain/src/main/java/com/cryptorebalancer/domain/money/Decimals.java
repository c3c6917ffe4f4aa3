package com.cryptorebalancer.domain.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that states how the core does decimal arithmetic and where it rounds.
 *
 * <p>Inside the core every quantity, USD amount and price is an exact {@link BigDecimal}; divisions
 * use {@link #MC}, except quantities, which are divided straight to {@link #QUANTITY_SCALE} decimals
 * ({@link #quantity}). Rounding happens only at the boundaries named here: a trade amount becomes whole
 * cents, an estimated quantity becomes {@link #QUANTITY_SCALE} decimals, a percentage shown to a
 * person becomes {@link #PERCENT_SCALE} decimals.
 */
public final class Decimals {

    /**
     * Precision for divisions in the core: 16 significant digits, banker's rounding (IEEE decimal64).
     * Enough for any price, weight or USD share; and it keeps BigDecimal on its fast 64-bit paths,
     * where 19 digits or more would make every division allocate BigIntegers.
     */
    public static final MathContext MC = MathContext.DECIMAL64;


    /** USD amounts that leave the core (trades, totals shown) are whole cents. */
    public static final int USD_SCALE = 2;

    /** Estimated trade quantities: 8 decimals (one satoshi for BTC), enough for any coin priced above 1e-8 USD. */
    public static final int QUANTITY_SCALE = 8;

    /** Percentages shown to a person: two decimals (12.34 %). */
    public static final int PERCENT_SCALE = 2;

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * {@code numerator / denominator} as a quantity: exactly {@link #QUANTITY_SCALE} decimals, rounded as
     * asked (down for what is sold, so a sell never exceeds a holding), whatever the number of digits
     * before the point (10^10 PEPE needs 19 digits in all).
     */
    public static BigDecimal quantity(BigDecimal numerator, BigDecimal denominator, RoundingMode rounding) {
        return numerator.divide(denominator, QUANTITY_SCALE, rounding);
    }

    /** Canonical form of a number: trailing zeros removed, so that 2.0 and 2.00 hash alike. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.stripTrailingZeros();
    }

    /** Rounds a USD amount to cents, half-even, so that rounding errors do not drift in one direction. */
    public static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(USD_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Rounds a USD amount down to cents: for buys, so a plan never spends more than it has, and for sells,
     * so it never places more than a group sells.
     */
    public static BigDecimal centsDown(BigDecimal usd) {
        return usd.setScale(USD_SCALE, RoundingMode.DOWN);
    }

    /** A fraction (0.1234) as a percentage with two decimals (12.34). */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Plain decimal text without exponent: what crosses the JSON and CSV boundary. */
    public static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
