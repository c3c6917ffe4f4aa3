package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest to run. Exactly one of {@code groupTargets} and {@code coinTargets} is given, in percent adding
 * up to 100 (within 0.01). A null option takes its default.
 *
 * @param groupTargets percent by group name (any case), as a plan's targets; each group's share is split
 *                     among the current portfolio's coins of that group that have stored history, in
 *                     proportion to their current value
 * @param coinTargets  percent by coin symbol
 * @param strategies   strategy codes ({@code buy-and-hold}, {@code weekly}, {@code monthly}, {@code quarterly},
 *                     {@code bands:5pp}, {@code bands:25%}, {@code monthly+bands:5pp}); default
 *                     {@link #DEFAULT_STRATEGIES}
 * @param from         first day; default the first day every needed coin has stored history for
 * @param to           last day; default the last day every needed coin has stored history for
 * @param feeBps       fee in basis points of each trade's notional; default 0
 * @param spreadBps    bid-ask spread in basis points, half paid on each trade; default 0
 * @param minTradeUsd  trades under this are skipped; default 0
 * @param startingCapitalUsd default 10,000
 */
public record BacktestCommand(Map<String, BigDecimal> groupTargets, Map<String, BigDecimal> coinTargets,
                              List<String> strategies, LocalDate from, LocalDate to, BigDecimal feeBps,
                              BigDecimal spreadBps, BigDecimal minTradeUsd, BigDecimal startingCapitalUsd) {

    public static final List<String> DEFAULT_STRATEGIES = List.of("buy-and-hold", "monthly", "quarterly", "bands:5pp");
    public static final BigDecimal DEFAULT_CAPITAL_USD = new BigDecimal("10000");
    private static final BigDecimal MAX_FEE_BPS = new BigDecimal("10000");
    private static final BigDecimal MAX_SPREAD_BPS = new BigDecimal("20000");

    public BacktestCommand {
        boolean byGroup = groupTargets != null && !groupTargets.isEmpty();
        boolean byCoin = coinTargets != null && !coinTargets.isEmpty();
        if (byGroup == byCoin) {
            throw new InvalidCommandException("targets", byGroup
                    ? "targets are either by group or by coin, not both"
                    : "targets are required, by group (BTC=40,ETH=30,Stablecoins=30) or by coin");
        }
        groupTargets = byGroup ? new LinkedHashMap<>(groupTargets) : Map.of();
        coinTargets = byCoin ? new LinkedHashMap<>(coinTargets) : Map.of();
        strategies = strategies == null || strategies.isEmpty() ? DEFAULT_STRATEGIES : List.copyOf(strategies);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidCommandException("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        feeBps = bps(feeBps, MAX_FEE_BPS, "fee_bps");
        spreadBps = bps(spreadBps, MAX_SPREAD_BPS, "spread_bps");
        minTradeUsd = minTradeUsd == null ? BigDecimal.ZERO : Validation.usd(minTradeUsd, "min_trade_usd");
        startingCapitalUsd = startingCapitalUsd == null ? DEFAULT_CAPITAL_USD
                : Validation.usd(startingCapitalUsd, "starting_capital_usd");
        if (startingCapitalUsd.signum() == 0) {
            throw new InvalidCommandException("starting_capital_usd", "starting_capital_usd must be more than 0");
        }
    }

    private static BigDecimal bps(BigDecimal value, BigDecimal max, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.compareTo(max) >= 0) {
            throw new InvalidCommandException(field, field + " must be at least 0 and below " + max + ", was " + value);
        }
        return value;
    }
}
