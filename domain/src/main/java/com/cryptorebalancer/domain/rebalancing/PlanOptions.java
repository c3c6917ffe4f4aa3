package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.UsdAmount;
import java.util.Objects;

/**
 * Everything a plan depends on besides holdings, prices and targets.
 *
 * @param minUsd   holdings worth less are dust: left out of totals and plans, and reported
 * @param minTrade trades smaller than this are not proposed (reported as skipped); in effect never less
 *                 than {@code minUsd} nor 1 USD, see {@link #effectiveMinTrade()}
 * @param cash     new money to deploy (required, and positive, in buy-only mode)
 * @param band     the tolerance band, required in bands mode
 */
public record PlanOptions(RebalanceMode mode, UsdAmount cash, UsdAmount minUsd, UsdAmount minTrade, Band band,
                          SubAllocation subAllocation) {

    public static final UsdAmount DEFAULT_MIN_USD = UsdAmount.of("1");
    public static final UsdAmount DEFAULT_MIN_TRADE = UsdAmount.of("25");

    /** No trade is proposed below 1 USD, whatever min_trade_usd says. */
    public static final UsdAmount TRADE_FLOOR = UsdAmount.of("1");

    public PlanOptions {
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(cash, "cash must not be null (use 0)");
        Objects.requireNonNull(minUsd, "min_usd must not be null");
        Objects.requireNonNull(minTrade, "min_trade_usd must not be null");
        Objects.requireNonNull(subAllocation, "sub-allocation must not be null");
        requireNotNegative(cash, "cash_usd");
        requireNotNegative(minUsd, "min_usd");
        requireNotNegative(minTrade, "min_trade_usd");
        if (mode == RebalanceMode.BANDS && band == null) {
            throw new InvalidOptionException("band", "bands mode needs a band width");
        }
        if (mode != RebalanceMode.BANDS && band != null) {
            throw new InvalidOptionException("band", "a band width only applies in bands mode, the mode is " + mode.code());
        }
        if (mode == RebalanceMode.BUY_ONLY && !cash.isPositive()) {
            throw new InvalidOptionException("cash_usd", "buy-only mode needs cash_usd greater than 0, was "
                    + cash.toCentsString());
        }
    }

    /**
     * The smallest trade proposed: min_trade_usd, but at least min_usd (a smaller trade would create or
     * leave behind a holding the plan itself counts as dust) and at least {@link #TRADE_FLOOR} (no
     * exchange fills an order that small, and cents lost to rounding are not worth a trade).
     */
    public UsdAmount effectiveMinTrade() {
        UsdAmount floor = minUsd.compareTo(TRADE_FLOOR) >= 0 ? minUsd : TRADE_FLOOR;
        return minTrade.compareTo(floor) >= 0 ? minTrade : floor;
    }

    /** Full mode, no new cash, default thresholds, proportional sub-allocation. */
    public static PlanOptions defaults() {
        return new PlanOptions(RebalanceMode.FULL, UsdAmount.ZERO, DEFAULT_MIN_USD, DEFAULT_MIN_TRADE, null,
                SubAllocation.PROPORTIONAL);
    }

    public PlanOptions withMode(RebalanceMode newMode, Band newBand) {
        return new PlanOptions(newMode, cash, minUsd, minTrade, newBand, subAllocation);
    }

    public PlanOptions withCash(UsdAmount newCash) {
        return new PlanOptions(mode, newCash, minUsd, minTrade, band, subAllocation);
    }

    public PlanOptions withMinTrade(UsdAmount newMinTrade) {
        return new PlanOptions(mode, cash, minUsd, newMinTrade, band, subAllocation);
    }

    public PlanOptions withMinUsd(UsdAmount newMinUsd) {
        return new PlanOptions(mode, cash, newMinUsd, minTrade, band, subAllocation);
    }

    public PlanOptions withSubAllocation(SubAllocation newSubAllocation) {
        return new PlanOptions(mode, cash, minUsd, minTrade, band, newSubAllocation);
    }

    private static void requireNotNegative(UsdAmount amount, String name) {
        if (amount.isNegative()) {
            throw new InvalidOptionException(name, name + " must not be negative, was " + amount.toCentsString());
        }
    }
}
