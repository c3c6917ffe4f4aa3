package com.cryptorebalancer.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.application.port.in.BacktestReport;
import com.cryptorebalancer.domain.backtest.BacktestComparison;
import com.cryptorebalancer.domain.backtest.BacktestSetup;
import com.cryptorebalancer.domain.backtest.Costs;
import com.cryptorebalancer.domain.backtest.Strategy;
import com.cryptorebalancer.domain.backtest.TargetWeights;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.RiskFigures;
import com.cryptorebalancer.domain.risk.ValuePath;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestViewTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 30);
    private static final double[] BTC = {100, 110, 99, 104.5, 120, 90, 95, 130};
    private static final double[] ETH = {10, 9, 9.9, 12, 11, 8, 8.8, 10};

    private static BacktestReport report(String first, double[] firstCloses, String... strategies) {
        List<LocalDate> days = new ArrayList<>();
        for (int t = 0; t < BTC.length; t++) {
            days.add(FIRST.plusDays(t));
        }
        AlignedCloses closes = AlignedCloses.of(List.of(Asset.of(first), Asset.of("ETH")), days,
                new double[][] {firstCloses, ETH});
        Map<Asset, Double> weights = new LinkedHashMap<>();
        weights.put(Asset.of(first), 0.6);
        weights.put(Asset.of("ETH"), 0.4);
        BacktestSetup setup = new BacktestSetup(closes, new TargetWeights(weights), new Costs(10, 20, 5), 10_000);
        BacktestComparison comparison = BacktestComparison.run(setup, List.of(strategies).stream().map(Strategy::parse)
                .toList());
        return new BacktestReport(days.get(0), days.get(days.size() - 1),
                List.of(new BacktestReport.CoinTarget(Asset.of(first), Group.of(first), 0.6, FIRST, FIRST.plusDays(7)),
                        new BacktestReport.CoinTarget(Asset.of("ETH"), Group.of("ETH"), 0.4, FIRST, FIRST.plusDays(7))),
                comparison, List.of("a warning"));
    }

    @Test
    void eachStrategyHasItsCurveCostsAndTheRiskFiguresOfItsCurve() {
        BacktestReport report = report("BTC", BTC, "buy-and-hold", "monthly+bands:5pp");

        BacktestView view = BacktestView.of(report);

        assertThat(view.first()).isEqualTo(FIRST);
        assertThat(view.last()).isEqualTo(FIRST.plusDays(7));
        assertThat(view.periodsPerYear()).isEqualTo(365);
        assertThat(view.setup()).isEqualTo(new BacktestView.Setup("10000.00", "10", "20", "5.00", 8));
        assertThat(view.targets()).extracting(BacktestView.TargetLine::coin).containsExactly("BTC", "ETH");
        assertThat(view.targets().get(0).group()).isEqualTo("BTC");
        assertThat(view.warnings()).containsExactly("a warning");
        assertThat(view.strategies()).extracting(BacktestView.StrategyLine::strategy)
                .containsExactly("buy-and-hold", "monthly+bands:5pp");

        var result = report.comparison().results().get(1);
        BacktestView.StrategyLine line = view.strategies().get(1);
        assertThat(line.equity().days()).hasSize(8).startsWith(FIRST);
        assertThat(line.equity().values().get(7)).isEqualTo(result.finalValue());
        assertThat(line.equity().drawdowns()).allSatisfy(d -> assertThat(d).isBetween(-1.0, 0.0));
        assertThat(line.finalValueUsd()).isEqualTo(Amounts.usd(java.math.BigDecimal.valueOf(result.finalValue())));
        assertThat(line.totalReturn()).isEqualTo(result.totalReturn());
        assertThat(line.turnover()).isEqualTo(result.turnover());
        assertThat(line.trades()).isEqualTo(result.tradeCount());
        assertThat(line.feesPaidUsd()).matches("\\d+\\.\\d{2}");
        assertThat(Double.parseDouble(line.feesPaidUsd())).isCloseTo(result.feesPaid(), within(0.005));
        assertThat(Double.parseDouble(line.spreadCostUsd())).isCloseTo(result.spreadCost(), within(0.005));
        assertThat(line.skippedTrades()).isEqualTo(result.skippedTrades());

        RiskFigures expected = RiskFigures.of(ValuePath.ofValues(result.curve().days(), result.curve().values()),
                report.comparison().setup().closes().returns().of(0), 0.0);
        RiskView.Figures risk = line.risk();
        assertThat(risk.method()).isEqualTo("equity curve of monthly+bands:5pp, after costs");
        assertThat(risk.observations()).isEqualTo(7);
        assertThat(risk.periodsPerYear()).isEqualTo(365);
        assertThat(risk.windowStart()).isEqualTo(FIRST);
        assertThat(risk.annualisedVolatility()).isEqualTo(expected.annualisedVolatility().value());
        assertThat(risk.maxDrawdown()).isEqualTo(expected.maxDrawdown().depth().value());
        assertThat(risk.maxDrawdownPeak()).isEqualTo(expected.maxDrawdown().peak());
        assertThat(risk.var_95_hist()).isEqualTo(expected.var95().historical().value());
        assertThat(risk.cagr()).isEqualTo(expected.cagr().value());
        assertThat(risk.betaVsBtc()).isEqualTo(expected.betaVsBtc().value()).isNotNull();
    }

    @Test
    void betaIsAgainstBtcsReturnsOnTheCurvesDays() {
        BacktestReport report = report("BTC", BTC, "buy-and-hold");
        // BTC's returns on the same days: BTC's own closes as a curve have a beta of 1 against them
        double[] btcReturns = report.comparison().setup().closes().returns().of(0);
        var curve = report.comparison().results().get(0).curve();
        double beta = RiskFigures.of(ValuePath.ofValues(curve.days(), curve.values()), btcReturns, 0).betaVsBtc().value();

        assertThat(BacktestView.of(report).strategies().get(0).risk().betaVsBtc()).isEqualTo(beta);
        assertThat(RiskFigures.of(ValuePath.ofValues(curve.days(), BTC), btcReturns, 0).betaVsBtc().value())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void withoutBtcAmongTheCoinsBetaIsNullAndSaysItNeedsBtc() {
        BacktestView view = BacktestView.of(report("SOL", BTC, "buy-and-hold"));

        RiskView.Figures risk = view.strategies().get(0).risk();
        assertThat(risk.betaVsBtc()).isNull();
        assertThat(risk.undefined()).containsEntry("beta_vs_btc", BacktestView.WITHOUT_BTC);
        assertThat(BacktestView.WITHOUT_BTC).startsWith("beta needs BTC in the backtest");
        assertThat(risk.sharpe()).isNotNull();
        assertThat(view.targets().get(0).coin()).isEqualTo("SOL");
    }
}
