package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Replays a strategy on daily closes: the initial purchase at the targets at the first close, then at each
 * later close the strategy says which coins trade back to their targets (see {@link TradeDesk} for how
 * and at what cost), and the portfolio is valued at that close after its trades.
 *
 * <p>Deterministic: the same setup and strategy give the same figures to the last bit (no randomness, coins
 * always in the closes' order).
 */
public final class Backtest {

    private Backtest() {
    }

    public static BacktestResult run(BacktestSetup setup, Strategy strategy) {
        Objects.requireNonNull(setup, "a backtest needs its setup");
        Objects.requireNonNull(strategy, "a backtest needs a strategy");
        AlignedCloses closes = setup.closes();
        double[] targets = setup.alignedTargets();
        int coins = closes.assetCount();
        int days = closes.dayCount();
        TradeDesk desk = new TradeDesk(closes, targets, setup.costs());
        Book book = new Book(coins, setup.startingCapital());
        Ledger ledger = new Ledger();
        double[] equity = new double[days];
        double[] weights = new double[coins];
        double[] values = new double[coins];
        desk.rebalance(book, 0, null, ledger, true);
        equity[0] = book.value(closes, 0, values);
        for (int t = 1; t < days; t++) {
            LocalDate day = closes.days().get(t);
            desk.weights(book, t, weights);
            boolean[] chosen = strategy.toTrade(closes.days().get(t - 1), day, weights, targets);
            if (chosen != null && desk.rebalance(book, t, chosen, ledger, false)) {
                ledger.rebalanceDays++;
            }
            equity[t] = book.value(closes, t, values);
        }
        return new BacktestResult(strategy.code(), setup.startingCapital(), closes.days(), equity, ledger,
                closes.assets(), book.quantities.clone(), book.cash);
    }
}
