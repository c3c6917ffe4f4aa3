package com.cryptorebalancer.domain.backtest;

import static com.cryptorebalancer.domain.backtest.BacktestTestData.closes;
import static com.cryptorebalancer.domain.backtest.BacktestTestData.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacktestInputsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void targetWeightsMustBeFractionsAddingUpToOne() {
        assertThatThrownBy(() -> targets(0.5, 0.4)).hasMessage(
                "target weights must add up to 1 (within 1.0E-9), they add up to 0.9: {A=0.5, B=0.4}");
        assertThatThrownBy(() -> targets(1.5, -0.5)).hasMessage("target weight of A must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> targets(Double.NaN, 1)).hasMessage("target weight of A must be between 0 and 1, was NaN");
        assertThatThrownBy(() -> new TargetWeights(Map.of())).hasMessage("target weights need at least one coin");
        Map<Asset, Double> withNull = new LinkedHashMap<>();
        withNull.put(Asset.of("BTC"), null);
        assertThatThrownBy(() -> new TargetWeights(withNull)).hasMessage("target weight of BTC must not be null");
    }

    @Test
    void targetsAreLaidOverTheClosesCoinsAndDividedByTheirSum() {
        TargetWeights targets = targets(0.25, 0.75 + 5e-10);
        double[] aligned = targets.over(List.of(Asset.of("B"), Asset.of("C"), Asset.of("A")));
        assertThat(aligned[0] + aligned[2]).isEqualTo(1.0);
        assertThat(aligned[1]).isZero();
        assertThatThrownBy(() -> targets.over(List.of(Asset.of("A")))).hasMessage("target coin B has no closes among [A]");
    }

    @Test
    void costsAndCapitalAreRefusedOutsideTheirRange() {
        assertThatThrownBy(() -> new Costs(-1, 0, 0)).hasMessage("fee must be at least 0 and below 10000 bps, was -1.0");
        assertThatThrownBy(() -> new Costs(0, 20_000, 0)).hasMessage("spread must be at least 0 and below 20000 bps, was 20000.0");
        assertThatThrownBy(() -> new Costs(0, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("minimum trade must be a finite");
        assertThat(new Costs(25, 10, 0).feeRate()).isEqualTo(0.0025);
        assertThat(new Costs(25, 10, 0).halfSpread()).isEqualTo(0.0005);
        AlignedCloses closes = closes(DAY, new double[] {1, 2});
        assertThatThrownBy(() -> new BacktestSetup(closes, targets(1), Costs.NONE, 0))
                .hasMessage("starting capital must be a positive USD amount, was 0.0");
        AlignedCloses none = AlignedCloses.of(List.of(Asset.of("A")), List.of(), new double[][] {{}});
        assertThatThrownBy(() -> new BacktestSetup(none, targets(1), Costs.NONE, 100))
                .hasMessageStartingWith("a backtest needs at least one day on which every coin has a close");
        assertThatThrownBy(() -> new BacktestSetup(closes, targets(0.5, 0.5), Costs.NONE, 100))
                .hasMessage("target coin B has no closes among [A]");
    }

    @Test
    void aComparisonRunsEachStrategyOnceInTheOrderAsked() {
        AlignedCloses closes = closes(LocalDate.of(2024, 1, 30), new double[] {100, 100, 200, 200},
                new double[] {100, 100, 100, 100});
        BacktestSetup setup = new BacktestSetup(closes, targets(0.5, 0.5), Costs.NONE, 1_000);

        BacktestComparison comparison = BacktestComparison.run(setup, List.of(Strategy.parse("monthly"),
                Strategy.parse("buy-and-hold"), Strategy.parse("bands:30pp")));

        assertThat(comparison.results()).extracting(BacktestResult::strategy)
                .containsExactly("monthly", "buy-and-hold", "bands:30pp");
        // buy-and-hold ends at 5 * 200 + 5 * 100 = 1500, as does monthly (it traded on 02-01 at those prices)
        assertThat(comparison.result("buy-and-hold").orElseThrow().finalValue()).isEqualTo(1500);
        assertThat(comparison.highestFinalValue().strategy()).isEqualTo("monthly");
        assertThatThrownBy(() -> BacktestComparison.run(setup, List.of(Strategy.parse("monthly"), Strategy.parse("Monthly"))))
                .hasMessage("strategy monthly is given twice");
        assertThatThrownBy(() -> BacktestComparison.run(setup, List.of())).hasMessage("a comparison needs at least one strategy");
    }
}
