package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.BacktestCommand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/backtests}: exactly one of {@code targets} (percent by group) and
 * {@code coin_targets} (percent by coin), adding up to 100; every other field may be left out (the use case's
 * defaults: {@link BacktestCommand}).
 *
 * @param strategies codes as {@code Strategy.parse} reads them: {@code buy-and-hold}, {@code weekly},
 *                   {@code monthly}, {@code quarterly}, {@code bands:5pp}, {@code bands:25%},
 *                   {@code monthly+bands:5pp}
 * @param from       first day, YYYY-MM-DD; default the first day every coin has stored history for
 * @param to         last day, YYYY-MM-DD; default the last such day
 */
record BacktestRequestJson(Map<String, BigDecimal> targets, Map<String, BigDecimal> coinTargets, List<String> strategies,
                           String from, String to, BigDecimal feeBps, BigDecimal spreadBps, BigDecimal minTradeUsd,
                           BigDecimal startingCapitalUsd) {

    /** Enough to compare every calendar with a few bands; each strategy is a run over every day. */
    static final int MAX_STRATEGIES = 20;

    BacktestCommand toCommand() {
        Params.atMost(strategies, MAX_STRATEGIES, "strategies");
        return new BacktestCommand(targets, coinTargets, strategies, Params.day(from, "from"), Params.day(to, "to"),
                feeBps, spreadBps, minTradeUsd, startingCapitalUsd);
    }

    /** Whether the targets were sent by coin only. */
    boolean byCoinOnly() {
        return (targets == null || targets.isEmpty()) && coinTargets != null && !coinTargets.isEmpty();
    }
}
