package com.cryptorebalancer.domain.backtest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Several strategies run on the same setup, side by side in the order asked. */
public record BacktestComparison(BacktestSetup setup, List<BacktestResult> results) {

    public BacktestComparison {
        Objects.requireNonNull(setup, "a comparison needs its setup");
        results = List.copyOf(results);
    }

    /**
     * Runs each strategy on the setup.
     *
     * @throws IllegalArgumentException when no strategy is given or one is given twice
     */
    public static BacktestComparison run(BacktestSetup setup, List<Strategy> strategies) {
        Objects.requireNonNull(strategies, "a comparison needs strategies");
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one strategy");
        }
        Set<String> seen = new HashSet<>();
        List<BacktestResult> results = new ArrayList<>(strategies.size());
        for (Strategy strategy : strategies) {
            if (!seen.add(strategy.code())) {
                throw new IllegalArgumentException("strategy " + strategy.code() + " is given twice");
            }
            results.add(Backtest.run(setup, strategy));
        }
        return new BacktestComparison(setup, results);
    }

    /** The result of the strategy with this code. */
    public Optional<BacktestResult> result(String strategyCode) {
        return results.stream().filter(result -> result.strategy().equals(strategyCode)).findFirst();
    }

    /** The result with the highest final value (the first asked on a tie). */
    public BacktestResult highestFinalValue() {
        BacktestResult best = results.get(0);
        for (BacktestResult result : results) {
            if (result.finalValue() > best.finalValue()) {
                best = result;
            }
        }
        return best;
    }
}
