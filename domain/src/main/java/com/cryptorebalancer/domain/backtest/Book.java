package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.risk.AlignedCloses;

/**
 * What a backtest's portfolio holds while it runs: a quantity of each coin and USD cash. Cash is the
 * starting capital before the initial purchase, and afterwards only what a skipped buy left uninvested.
 */
final class Book {

    final double[] quantities;
    double cash;

    Book(int coins, double cash) {
        this.quantities = new double[coins];
        this.cash = cash;
    }

    /** Each coin's value at close {@code t} into {@code values}; returns the whole book's value, cash included. */
    double value(AlignedCloses closes, int t, double[] values) {
        double total = 0;
        for (int i = 0; i < quantities.length; i++) {
            values[i] = quantities[i] * closes.close(i, t);
            total += values[i];
        }
        return total + cash;
    }
}
