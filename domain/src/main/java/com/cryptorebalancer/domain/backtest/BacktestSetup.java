package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.util.Objects;

/**
 * What every strategy of a comparison shares: the coins' daily closes on common days, the targets, the
 * costs and the starting capital in USD (all cash on the first day, spent on the initial purchase at that
 * day's close).
 */
public record BacktestSetup(AlignedCloses closes, TargetWeights targets, Costs costs, double startingCapital) {

    /** The starting capital when none is given. */
    public static final double DEFAULT_CAPITAL = 10_000;

    public BacktestSetup {
        Objects.requireNonNull(closes, "a backtest needs closes");
        Objects.requireNonNull(targets, "a backtest needs target weights");
        Objects.requireNonNull(costs, "a backtest needs costs (Costs.NONE for none)");
        if (closes.dayCount() == 0) {
            throw new IllegalArgumentException("a backtest needs at least one day on which every coin has a close: "
                    + closes);
        }
        if (!(startingCapital > 0 && startingCapital < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("starting capital must be a positive USD amount, was " + startingCapital);
        }
        targets.over(closes.assets()); // refuses a target coin without closes now rather than at the first run
    }

    /** The targets in the order of the closes' coins. */
    public double[] alignedTargets() {
        return targets.over(closes.assets());
    }
}
