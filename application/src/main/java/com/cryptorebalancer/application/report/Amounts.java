package com.cryptorebalancer.application.report;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.money.Weight;
import java.math.BigDecimal;

/**
 * How numbers cross the boundary: as strings, so no reader ever sees a binary floating-point number.
 * USD amounts with two decimals, percentages with two decimals, quantities and prices at full precision.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String usd(UsdAmount amount) {
        return amount == null ? null : amount.toCentsString();
    }

    public static String usd(BigDecimal amount) {
        return amount == null ? null : Decimals.cents(amount).toPlainString();
    }

    public static String percent(Weight weight) {
        return weight.toPercent().toPlainString();
    }

    public static String percent(BigDecimal percent) {
        return percent.setScale(Decimals.PERCENT_SCALE, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String exact(BigDecimal value) {
        return value == null ? null : Decimals.canonical(value).toPlainString();
    }
}
