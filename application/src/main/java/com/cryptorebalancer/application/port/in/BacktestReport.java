package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.backtest.BacktestComparison;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A backtest's outcome: the strategies side by side, and the inputs as they were settled.
 *
 * @param first      the first common close used
 * @param last       the last common close used
 * @param targets    each coin's target weight, and the group it came from for targets by group
 * @param comparison the strategies' results, in the order asked (equity curves, daily returns, costs)
 * @param warnings   what a person should know about the inputs (coins left out of a group, days missing)
 */
public record BacktestReport(LocalDate first, LocalDate last, List<CoinTarget> targets, BacktestComparison comparison,
                             List<String> warnings) {

    /** Daily closes of crypto: every calendar day trades (risk-conventions.md). */
    public static final int PERIODS_PER_YEAR = 365;

    public BacktestReport {
        Objects.requireNonNull(comparison, "a backtest report needs its comparison");
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param group      the group whose target it shares, null for targets by coin
     * @param weight     its target share of the portfolio (0 to 1)
     * @param historyFrom the first day of its stored history
     * @param historyTo   the last day of its stored history
     */
    public record CoinTarget(Asset coin, Group group, double weight, LocalDate historyFrom, LocalDate historyTo) {
    }
}
