package com.cryptorebalancer.application.report;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.Concentration;
import com.cryptorebalancer.domain.risk.CorrelationMatrix;
import com.cryptorebalancer.domain.risk.Coverage;
import com.cryptorebalancer.domain.risk.Figure;
import com.cryptorebalancer.domain.risk.RiskContributions;
import com.cryptorebalancer.domain.risk.RiskFigures;
import com.cryptorebalancer.domain.risk.RiskReport;
import com.cryptorebalancer.domain.risk.SampleWindow;
import com.cryptorebalancer.domain.risk.ValueAtRisk;
import com.cryptorebalancer.domain.risk.ValuePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A risk report as the command line and the API show it, with the names risk-conventions.md gives
 * ({@code var_95_hist}, {@code periods_per_year}, {@code window_start}...): raw numbers, losses negative,
 * 1-day horizon. A figure that cannot be computed is null, and {@code undefined} says why; never 0. The
 * components with a number in their name are spelled as their JSON names, which the naming strategy would
 * otherwise write {@code var95_hist}.
 *
 * @param windowStart the first close of the window asked for
 * @param windowEnd   its last close
 */
public record RiskView(LocalDate windowStart, LocalDate windowEnd, int periodsPerYear, int horizonDays, double riskFreeRate,
                       CoverageLine coverage, Figures fixedWeights, Figures buyAndHold, Curves curves,
                       Correlation correlation, Contributions riskContributions, ConcentrationLine concentration) {

    /**
     * @param valueShare the share of the portfolio's value the figures cover (0 to 1), null for an empty portfolio
     */
    public record CoverageLine(List<String> covered, List<ShortLine> shortHistory, List<String> withoutHistory,
                               String coveredUsd, String totalUsd, Double valueShare, boolean complete, String note) {
    }

    public record ShortLine(String coin, int days, LocalDate first, LocalDate last) {
    }

    /**
     * The figures of one view, each with the sample it was computed on.
     *
     * @param maxDrawdownDays from the peak to the recovery, or to the window's end when not recovered
     * @param undefined       figure name -> why it is null
     */
    public record Figures(String method, LocalDate windowStart, LocalDate windowEnd, int observations, int periodsPerYear,
                          Double meanReturn, Double annualisedVolatility, Double sharpe, Double sortino,
                          Double maxDrawdown, LocalDate maxDrawdownPeak, LocalDate maxDrawdownTrough,
                          LocalDate maxDrawdownRecovery, long maxDrawdownDays, Double cagr, Double calmar,
                          Double var_95_hist, Double var_95_gaussian, Double var_95_cornish_fisher, Double cvar_95_hist,
                          Double var_99_hist, Double var_99_gaussian, Double var_99_cornish_fisher, Double cvar_99_hist,
                          Double skewness, Double excessKurtosis, Double betaVsBtc, Map<String, String> undefined) {
    }

    /**
     * Each day's value of both views and its fall from the running high, for the drawdown chart.
     *
     * @param fixedWeights the fixed weights' value, 1 on the first day
     * @param buyAndHold   the covered holdings' value in USD
     */
    public record Curves(List<LocalDate> days, List<Double> fixedWeights, List<Double> fixedWeightsDrawdown,
                         List<Double> buyAndHold, List<Double> buyAndHoldDrawdown) {
    }

    /** Pearson on aligned daily returns; null where a coin's returns do not vary. */
    public record Correlation(List<String> coins, LocalDate windowStart, LocalDate windowEnd, int observations,
                              List<List<Double>> matrix) {
    }

    public record Contributions(String method, List<CoinShare> coins, List<GroupShare> groups) {
    }

    public record CoinShare(String coin, String group, double weight, Double share) {
    }

    public record GroupShare(String group, double weight, Double share) {
    }

    public record ConcentrationLine(int holdings, Double herfindahl, Double top_1_share, Double top_5_share) {
    }

    public static RiskView of(RiskReport report) {
        return new RiskView(report.window().first(), report.window().last(), SampleWindow.DAILY_CRYPTO, 1,
                report.riskFreeRate(), coverage(report.coverage()),
                figures("fixed current weights, rebalanced daily", report.fixedWeights()),
                figures("buy-and-hold of the current holdings", report.buyAndHold()),
                curves(report.fixedWeightsPath(), report.buyAndHoldPath()), correlation(report.correlation()),
                contributions(report.contributions()), concentration(report.concentration()));
    }

    private static CoverageLine coverage(Coverage coverage) {
        return new CoverageLine(symbols(coverage.covered()), coverage.shortHistory().stream()
                .map(s -> new ShortLine(s.coin().symbol(), s.days(), s.first(), s.last())).toList(),
                symbols(coverage.withoutHistory()), Amounts.usd(coverage.coveredValue()), Amounts.usd(coverage.totalValue()),
                value(coverage.valueShare()), coverage.complete(), coverage.note());
    }

    /** The figures of one view under their JSON names; also the risk figures of a backtest's equity curve. */
    static Figures figures(String method, RiskFigures f) {
        Map<String, String> undefined = new LinkedHashMap<>();
        SampleWindow sample = f.sample();
        ValueAtRisk v95 = f.var95();
        ValueAtRisk v99 = f.var99();
        return new Figures(method, sample.start(), sample.end(), sample.observations(), sample.periodsPerYear(),
                value("mean_return", f.meanReturn(), undefined),
                value("annualised_volatility", f.annualisedVolatility(), undefined),
                value("sharpe", f.sharpe(), undefined), value("sortino", f.sortino(), undefined),
                value("max_drawdown", f.maxDrawdown().depth(), undefined), f.maxDrawdown().peak(),
                f.maxDrawdown().trough(), f.maxDrawdown().recovery(), f.maxDrawdown().durationDays(),
                value("cagr", f.cagr(), undefined), value("calmar", f.calmar(), undefined),
                value("var_95_hist", v95.historical(), undefined), value("var_95_gaussian", v95.gaussian(), undefined),
                value("var_95_cornish_fisher", v95.cornishFisher(), undefined),
                value("cvar_95_hist", v95.historicalCvar(), undefined),
                value("var_99_hist", v99.historical(), undefined), value("var_99_gaussian", v99.gaussian(), undefined),
                value("var_99_cornish_fisher", v99.cornishFisher(), undefined),
                value("cvar_99_hist", v99.historicalCvar(), undefined),
                value("skewness", f.skewness(), undefined), value("excess_kurtosis", f.excessKurtosis(), undefined),
                value("beta_vs_btc", f.betaVsBtc(), undefined), undefined);
    }

    private static Curves curves(ValuePath fixed, ValuePath held) {
        // both paths are on the same days (the covered coins' common days)
        return new Curves(held.days(), list(values(fixed)), list(fixed.drawdowns()), list(values(held)),
                list(held.drawdowns()));
    }

    private static double[] values(ValuePath path) {
        double[] values = new double[path.days().size()];
        for (int t = 0; t < values.length; t++) {
            values[t] = path.value(t);
        }
        return values;
    }

    private static Correlation correlation(CorrelationMatrix matrix) {
        List<List<Double>> rows = new ArrayList<>(matrix.size());
        for (int i = 0; i < matrix.size(); i++) {
            List<Double> row = new ArrayList<>(matrix.size());
            for (int j = 0; j < matrix.size(); j++) {
                double value = matrix.get(i, j);
                row.add(Double.isNaN(value) ? null : value);
            }
            rows.add(row);
        }
        SampleWindow sample = matrix.sample();
        return new Correlation(symbols(matrix.assets()), sample.start(), sample.end(), sample.observations(), rows);
    }

    private static Contributions contributions(RiskContributions contributions) {
        return new Contributions("w_i (Σw)_i / wᵀΣw on the sample covariance of daily returns",
                contributions.coins().stream().map(c -> new CoinShare(c.coin().symbol(), c.group().name(), c.weight(),
                        value(c.share()))).toList(),
                contributions.groups().stream().map(g -> new GroupShare(g.group().name(), g.weight(), value(g.share())))
                        .toList());
    }

    private static ConcentrationLine concentration(Concentration concentration) {
        return new ConcentrationLine(concentration.holdings(), value(concentration.herfindahl()),
                value(concentration.top1()), value(concentration.top5()));
    }

    private static Double value(String name, Figure figure, Map<String, String> undefined) {
        if (!figure.isDefined()) {
            undefined.put(name, figure.undefinedBecause());
        }
        return value(figure);
    }

    private static Double value(Figure figure) {
        return figure.isDefined() ? figure.value() : null;
    }

    private static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<String> symbols(List<Asset> assets) {
        return assets.stream().map(Asset::symbol).toList();
    }
}
