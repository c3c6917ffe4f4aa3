package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.rebalancing.Side;
import java.time.LocalDate;

/**
 * One simulated trade at a day's close.
 *
 * @param price      what was paid or received per coin: the close plus or minus half the spread
 * @param notional   quantity times {@code price}, in USD (what the fee is charged on)
 * @param fee        the fee in USD
 * @param spreadCost quantity times half the spread at the close, in USD
 * @param initial    whether it is part of the initial purchase
 */
public record BacktestTrade(LocalDate day, Asset coin, Side side, double quantity, double price, double notional,
                            double fee, double spreadCost, boolean initial) {
}
