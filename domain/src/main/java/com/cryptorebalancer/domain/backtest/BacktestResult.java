package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one strategy did: its daily {@link EquityCurve} and daily returns (the input of the risk figures of
 * {@code domain.risk}, which are not computed here), and what is specific to a backtest: final value,
 * total return, turnover, trades, fees and spread paid, trades skipped under the minimum size.
 *
 * <p>USD figures are {@code double}: a backtest is a simulation on {@code double} closes whose figures are
 * statistics, never fed back into an order or a balance.
 */
public final class BacktestResult {

    private final String strategy;
    private final double startingCapital;
    private final EquityCurve curve;
    private final Ledger ledger;
    private final List<Asset> coins;
    private final double[] finalQuantities;
    private final double finalCash;

    BacktestResult(String strategy, double startingCapital, List<LocalDate> days, double[] equity, Ledger ledger,
                   List<Asset> coins, double[] finalQuantities, double finalCash) {
        this.strategy = strategy;
        this.startingCapital = startingCapital;
        this.curve = new EquityCurve(days, equity);
        this.ledger = ledger;
        this.coins = List.copyOf(coins);
        this.finalQuantities = finalQuantities;
        this.finalCash = finalCash;
    }

    /** The strategy's code ({@code monthly}, {@code bands:5pp}...). */
    public String strategy() {
        return strategy;
    }

    public double startingCapital() {
        return startingCapital;
    }

    /** The value at each common close after that day's trades, and its daily returns. */
    public EquityCurve curve() {
        return curve;
    }

    /**
     * The curve's simple daily returns (see {@link EquityCurve#dailyReturns()}), where the risk figures
     * attach. The initial purchase's costs are paid before the first close is valued, so they are in
     * {@link #totalReturn()} but in no daily return.
     */
    public double[] dailyReturns() {
        return curve.dailyReturns();
    }

    public double finalValue() {
        return curve.last();
    }

    /** Final value over starting capital, minus 1: the initial purchase's costs included. */
    public double totalReturn() {
        return finalValue() / startingCapital - 1;
    }

    /**
     * One-way turnover over the whole window, not annualised: the executed notional of every trade after the
     * initial purchase (buys and sells), halved, over the average of the equity curve. 1.0 means the
     * equivalent of the average portfolio was sold and bought back once.
     */
    public double turnover() {
        return ledger.rebalancedNotional / 2 / curve.mean();
    }

    /** Executed notional, in USD, of the trades after the initial purchase. */
    public double tradedNotional() {
        return ledger.rebalancedNotional;
    }

    /** Every trade made, the initial purchase's first, in the order made. */
    public List<BacktestTrade> trades() {
        return Collections.unmodifiableList(ledger.trades);
    }

    /** How many trades were made, the initial purchase's included. */
    public int tradeCount() {
        return ledger.trades.size();
    }

    /** On how many days after the first anything traded. */
    public int rebalanceDays() {
        return ledger.rebalanceDays;
    }

    /** Fees paid in USD, the initial purchase's included. */
    public double feesPaid() {
        return ledger.fees;
    }

    /** What crossing half the spread cost in USD, the initial purchase's included. */
    public double spreadCost() {
        return ledger.spreadCost;
    }

    /** How many planned trades were not made for being under the minimum trade size. */
    public int skippedTrades() {
        return ledger.skipped;
    }

    /** The notional at the close, in USD, of the skipped trades. */
    public double skippedNotional() {
        return ledger.skippedNotional;
    }

    /** What each coin held after the last close. */
    public Map<Asset, Double> finalQuantities() {
        Map<Asset, Double> quantities = new LinkedHashMap<>();
        for (int i = 0; i < coins.size(); i++) {
            quantities.put(coins.get(i), finalQuantities[i]);
        }
        return Collections.unmodifiableMap(quantities);
    }

    /** Cash left uninvested after the last close: only what skipped buys left. */
    public double finalCash() {
        return finalCash;
    }

    @Override
    public String toString() {
        return strategy + ": " + startingCapital + " -> " + finalValue() + " USD over " + curve.days().size() + " days, "
                + tradeCount() + " trades, fees " + feesPaid() + ", turnover " + turnover();
    }
}
