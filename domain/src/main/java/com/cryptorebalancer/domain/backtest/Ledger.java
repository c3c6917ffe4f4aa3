package com.cryptorebalancer.domain.backtest;

import java.util.ArrayList;
import java.util.List;

/** What a running backtest has traded and paid so far. */
final class Ledger {

    final List<BacktestTrade> trades = new ArrayList<>();
    double fees;
    double spreadCost;
    /** Executed notional of the trades after the initial purchase. */
    double rebalancedNotional;
    int skipped;
    double skippedNotional;
    int rebalanceDays;

    void record(BacktestTrade trade) {
        trades.add(trade);
        fees += trade.fee();
        spreadCost += trade.spreadCost();
        if (!trade.initial()) {
            rebalancedNotional += trade.notional();
        }
    }

    void skip(double notional) {
        skipped++;
        skippedNotional += notional;
    }
}
