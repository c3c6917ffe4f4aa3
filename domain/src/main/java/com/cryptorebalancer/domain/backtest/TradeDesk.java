package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.rebalancing.Side;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;

/**
 * Trades a book back towards its targets at one close, with the costs of {@link Costs}.
 *
 * <p>What each coin should hold is planned at the close (a mid price) on the book's whole value, cash
 * included: a coin that trades gets its target share; when only some coins trade, the coins that do not
 * share what is left in their current proportions (so they trade too, but keep their mix). Planned trades
 * below the minimum size are skipped. Sells go first; the buys are then scaled to spend exactly the cash
 * there is (the spread and fees make it a little less than planned, skipped sells a lot less). When a buy
 * was skipped, what it would have spent stays in cash until the next rebalance instead of going to the
 * other buys; a buy that the scaling takes under the minimum is skipped too.
 */
final class TradeDesk {

    /** A planned change under this share of the book's value is floating-point rounding, not a trade. */
    static final double DUST = 1e-12;

    private final AlignedCloses closes;
    private final double[] targets;
    private final Costs costs;
    private final double[] values;
    private final double[] deltas;

    TradeDesk(AlignedCloses closes, double[] targets, Costs costs) {
        this.closes = closes;
        this.targets = targets;
        this.costs = costs;
        this.values = new double[targets.length];
        this.deltas = new double[targets.length];
    }

    /** Each coin's share of the book's value at close {@code t}, into {@code weights}. */
    void weights(Book book, int t, double[] weights) {
        double total = book.value(closes, t, values);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = total > 0 ? values[i] / total : 0;
        }
    }

    /**
     * Trades the coins of {@code chosen} (every coin when null) at close {@code t}.
     *
     * @return whether anything traded
     */
    boolean rebalance(Book book, int t, boolean[] chosen, Ledger ledger, boolean initial) {
        double total = book.value(closes, t, values);
        plan(total, chosen);
        double min = costs.minTradeUsd();
        LocalDate day = closes.days().get(t);
        boolean traded = false;
        boolean buySkipped = false;
        for (int i = 0; i < deltas.length; i++) {
            double delta = deltas[i];
            if (Math.abs(delta) <= DUST * total) {
                deltas[i] = 0;
            } else if (Math.abs(delta) < min) {
                ledger.skip(Math.abs(delta));
                buySkipped |= delta > 0;
                deltas[i] = 0;
            } else if (delta < 0) {
                sell(book, i, t, day, -delta, ledger, initial);
                traded = true;
            }
        }
        return buyAll(book, t, day, buySkipped, ledger, initial) || traded;
    }

    /**
     * Makes the planned buys with the cash there is, each scaled alike; a buy that the scaling takes under the
     * minimum size (the sells that would have funded it were skipped) is skipped too, and the others are
     * scaled again.
     */
    private boolean buyAll(Book book, int t, LocalDate day, boolean buySkipped, Ledger ledger, boolean initial) {
        boolean skipped = buySkipped;
        while (true) {
            double planned = 0;
            for (double delta : deltas) {
                planned += Math.max(0, delta);
            }
            if (planned == 0) {
                return false;
            }
            double uncapped = book.cash / (planned * (1 + costs.feeRate()));
            // the sells' costs make the cash fall short of the plan: every buy shrinks alike; after a skipped
            // buy the cash may exceed the plan, and the rest waits in cash rather than going to other buys
            double scale = skipped ? Math.min(1, uncapped) : uncapped;
            if (!dropUnderfunded(scale, ledger)) {
                for (int i = 0; i < deltas.length; i++) {
                    if (deltas[i] > 0) {
                        buy(book, i, t, day, deltas[i] * scale, ledger, initial);
                    }
                }
                if (scale == uncapped) {
                    book.cash = 0; // what floating-point rounding left of the cash just spent
                }
                return true;
            }
            skipped = true;
        }
    }

    /** Skips the buys that {@code scale} takes under the minimum size (or to nothing); whether there were any. */
    private boolean dropUnderfunded(double scale, Ledger ledger) {
        boolean dropped = false;
        for (int i = 0; i < deltas.length; i++) {
            double notional = deltas[i] * scale;
            if (deltas[i] > 0 && (notional < costs.minTradeUsd() || notional <= 0)) {
                ledger.skip(notional);
                deltas[i] = 0;
                dropped = true;
            }
        }
        return dropped;
    }

    /** Each coin's planned change in value, into {@code deltas}. */
    private void plan(double total, boolean[] chosen) {
        double assigned = 0;
        double rest = 0;
        for (int i = 0; i < deltas.length; i++) {
            if (chosen == null || chosen[i]) {
                assigned += targets[i] * total;
            } else {
                rest += values[i];
            }
        }
        boolean all = chosen == null || rest <= 0;
        double share = all ? 0 : Math.max(0, total - assigned) / rest;
        for (int i = 0; i < deltas.length; i++) {
            double wanted = all || chosen[i] ? targets[i] * total : values[i] * share;
            deltas[i] = wanted - values[i];
        }
    }

    private void sell(Book book, int i, int t, LocalDate day, double usd, Ledger ledger, boolean initial) {
        double close = closes.close(i, t);
        double held = book.quantities[i];
        // selling the whole value (a target of 0) sells exactly what is held, not a rounded division of it
        double quantity = usd >= values[i] ? held : Math.min(held, usd / close);
        double price = close * (1 - costs.halfSpread());
        double notional = quantity * price;
        double fee = notional * costs.feeRate();
        book.quantities[i] = held - quantity;
        book.cash += notional - fee;
        ledger.record(new BacktestTrade(day, coin(i), Side.SELL, quantity, price, notional, fee,
                quantity * close * costs.halfSpread(), initial));
    }

    private void buy(Book book, int i, int t, LocalDate day, double notional, Ledger ledger, boolean initial) {
        double close = closes.close(i, t);
        double price = close * (1 + costs.halfSpread());
        double quantity = notional / price;
        double fee = notional * costs.feeRate();
        book.quantities[i] += quantity;
        book.cash -= notional + fee;
        ledger.record(new BacktestTrade(day, coin(i), Side.BUY, quantity, price, notional, fee,
                quantity * close * costs.halfSpread(), initial));
    }

    private Asset coin(int i) {
        return closes.assets().get(i);
    }
}
