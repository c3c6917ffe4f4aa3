package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ValueAtRiskTest {

    /** Sorted: -0.05, -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.04, 0.05 (n = 10, mean 0.004). */
    private static final double[] R = {-0.05, -0.02, 0.00, 0.01, 0.03, 0.04, -0.01, 0.02, 0.05, -0.03};

    @Test
    void historicalVarInterpolatesBetweenOrderStatistics() {
        // α = 5 %: h = 9 · 0.05 = 0.45, so -0.05 + 0.45 · (-0.03 + 0.05) = -0.041 (numpy.quantile: -0.041)
        assertThat(ValueAtRisk.of(R, 0.05).historical().value()).isCloseTo(-0.041, within(1e-15));
        // α = 1 %: h = 0.09, so -0.05 + 0.09 · 0.02 = -0.0482
        assertThat(ValueAtRisk.of(R, 0.01).historical().value()).isCloseTo(-0.0482, within(1e-15));
        // α = 25 %: h = 2.25, so -0.02 + 0.25 · 0.01 = -0.0175
        assertThat(ValueAtRisk.of(R, 0.25).historical().value()).isCloseTo(-0.0175, within(1e-15));
    }

    @Test
    void cvarAveragesTheKWorstReturns() {
        // α = 5 %: k = floor(0.45) + 1 = 1: the worst alone; α = 25 %: k = floor(2.25) + 1 = 3
        assertThat(ValueAtRisk.of(R, 0.05).historicalCvar().value()).isEqualTo(-0.05);
        assertThat(ValueAtRisk.of(R, 0.25).historicalCvar().value()).isCloseTo((-0.05 - 0.03 - 0.02) / 3, within(1e-15));
        // 21 returns -0.10, -0.09, ..., 0.10: h = 20 · 0.05 = 1 exactly, VaR = -0.09, k = 2 worst: -0.095
        double[] grid = new double[21];
        for (int i = 0; i < grid.length; i++) {
            grid[20 - i] = (i - 10) / 100.0;
        }
        ValueAtRisk var = ValueAtRisk.of(grid, 0.05);
        assertThat(var.historical().value()).isCloseTo(-0.09, within(1e-15));
        assertThat(var.historicalCvar().value()).isCloseTo(-0.095, within(1e-15));
        assertThat(var.historicalCvar().value()).isLessThanOrEqualTo(var.historical().value());
    }

    @Test
    void parametricVarUsesTheNormalQuantileAndItsCornishFisherCorrection() {
        // mean 0.004, std 0.032041639575194444, S = -0.20063178769254442, K = -0.8418367346938784 (scipy, bias=False)
        // gaussian = 0.004 - 1.6448536269514729 · 0.0320416...; the values below are numpy/scipy's
        ValueAtRisk var95 = ValueAtRisk.of(R, 0.05);
        assertThat(var95.gaussian().value()).isCloseTo(0.004 - 1.6448536269514729 * 0.032041639575194444, within(1e-15))
                .isCloseTo(-0.048703807068730426, within(1e-15));
        assertThat(var95.cornishFisher().value()).isCloseTo(-0.05105130157415625, within(1e-15));
        ValueAtRisk var99 = ValueAtRisk.of(R, 0.01);
        assertThat(var99.gaussian().value()).isCloseTo(-0.07054000010653647, within(1e-15));
        assertThat(var99.cornishFisher().value()).isCloseTo(-0.06847548828211139, within(1e-15));
        assertThat(var95.confidence()).isCloseTo(0.95, within(1e-15));
        assertThat(var95.horizonDays()).isEqualTo(1);
    }

    @Test
    void aSingleReturnIsItsOwnHistoricalVarButHasNoParametricOne() {
        ValueAtRisk var = ValueAtRisk.of(new double[] {-0.03}, 0.05);
        assertThat(var.historical().value()).isEqualTo(-0.03);
        assertThat(var.historicalCvar().value()).isEqualTo(-0.03);
        assertThat(var.gaussian().undefinedBecause()).isEqualTo("a standard deviation needs at least two returns, there is 1");
        assertThat(var.cornishFisher().undefinedBecause()).isEqualTo("skewness: needs at least 3 returns, there is 1");
        assertThat(ValueAtRisk.of(new double[0], 0.01).historical().undefinedBecause()).isEqualTo("there are no returns in the window");
    }
}
