package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.in.BacktestReport;
import com.cryptorebalancer.domain.backtest.BacktestResult;
import com.cryptorebalancer.domain.backtest.BacktestSetup;
import com.cryptorebalancer.domain.backtest.Costs;
import com.cryptorebalancer.domain.backtest.EquityCurve;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.PortfolioRisk;
import com.cryptorebalancer.domain.risk.RiskFigures;
import com.cryptorebalancer.domain.risk.ValuePath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest as the API shows it: the strategies side by side, each with its equity curve, what it cost, and the
 * risk figures of its curve exactly as {@link RiskView.Figures} names them (1-day, 365 periods a year, no
 * risk-free rate; beta against BTC's returns on the same days when BTC is one of the backtest's coins).
 * Statistics are numbers; USD totals are strings in cents. The simulation runs on {@code double} closes, so a
 * USD total is its {@code double} rounded to the cent, never an amount to trade.
 *
 * @param first the first common close used
 * @param last  the last common close used
 */
public record BacktestView(LocalDate first, LocalDate last, int periodsPerYear, Setup setup, List<TargetLine> targets,
                           List<StrategyLine> strategies, List<String> warnings) {

    /** Why beta is null when BTC is not one of the coins. */
    static final String WITHOUT_BTC = "beta needs BTC in the backtest (its returns on the same days)";

    /**
     * What every strategy shared.
     *
     * @param feeBps    fee in basis points of each trade's notional
     * @param spreadBps bid-ask spread in basis points, half paid on each trade
     */
    public record Setup(String startingCapitalUsd, String feeBps, String spreadBps, String minTradeUsd, int days) {
    }

    /**
     * @param group  the group whose target it shares, null for targets by coin
     * @param weight its target share of the portfolio (0 to 1)
     */
    public record TargetLine(String coin, String group, double weight, LocalDate historyFrom, LocalDate historyTo) {
    }

    /**
     * What one strategy did.
     *
     * @param totalReturn   final value over starting capital, minus 1 (the initial purchase's costs included)
     * @param turnover      one-way, over the whole window: traded notional after the initial purchase, halved,
     *                      over the curve's average value
     * @param trades        trades made, the initial purchase's included
     * @param rebalanceDays days after the first on which anything traded
     * @param skippedTrades planned trades not made for being under the minimum trade
     * @param risk          the figures of the equity curve's daily returns
     */
    public record StrategyLine(String strategy, Curve equity, String finalValueUsd, double totalReturn, double turnover,
                               int trades, int rebalanceDays, String tradedUsd, String feesPaidUsd, String spreadCostUsd,
                               int skippedTrades, String skippedUsd, String finalCashUsd, RiskView.Figures risk) {
    }

    /** The value at each common close after that day's trades, in USD, and its fall from the running high. */
    public record Curve(List<LocalDate> days, List<Double> values, List<Double> drawdowns) {
    }

    public static BacktestView of(BacktestReport report) {
        BacktestSetup setup = report.comparison().setup();
        double[] btc = btcReturns(setup.closes());
        List<StrategyLine> strategies = report.comparison().results().stream()
                .map(result -> strategy(result, btc)).toList();
        return new BacktestView(report.first(), report.last(), BacktestReport.PERIODS_PER_YEAR, setup(setup),
                report.targets().stream().map(t -> new TargetLine(t.coin().symbol(), t.group() == null ? null
                        : t.group().name(), t.weight(), t.historyFrom(), t.historyTo())).toList(),
                strategies, report.warnings());
    }

    private static Setup setup(BacktestSetup setup) {
        Costs costs = setup.costs();
        return new Setup(usd(setup.startingCapital()), Amounts.exact(BigDecimal.valueOf(costs.feeBps())),
                Amounts.exact(BigDecimal.valueOf(costs.spreadBps())), usd(costs.minTradeUsd()), setup.closes().dayCount());
    }

    /** BTC's daily returns on the closes' days (the equity curves' days) when BTC is one of the coins, else null. */
    private static double[] btcReturns(AlignedCloses closes) {
        int btc = closes.assets().indexOf(PortfolioRisk.BENCHMARK);
        return btc < 0 ? null : closes.returns().of(btc);
    }

    private static StrategyLine strategy(BacktestResult result, double[] btcReturns) {
        EquityCurve curve = result.curve();
        ValuePath path = ValuePath.ofValues(curve.days(), curve.values());
        RiskFigures figures = RiskFigures.of(path, btcReturns, 0.0, WITHOUT_BTC);
        return new StrategyLine(result.strategy(), new Curve(curve.days(), list(curve.values()), list(path.drawdowns())),
                usd(result.finalValue()), result.totalReturn(), result.turnover(), result.tradeCount(),
                result.rebalanceDays(), usd(result.tradedNotional()), usd(result.feesPaid()), usd(result.spreadCost()),
                result.skippedTrades(), usd(result.skippedNotional()), usd(result.finalCash()),
                RiskView.figures("equity curve of " + result.strategy() + ", after costs", figures));
    }

    /** A simulated USD figure to the cent ({@code BigDecimal.valueOf} reads the double's shortest decimal). */
    private static String usd(double value) {
        return Amounts.usd(BigDecimal.valueOf(value));
    }

    private static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
