package com.cryptorebalancer.domain.risk;

import static com.cryptorebalancer.domain.risk.ValuePaths.D0;
import static com.cryptorebalancer.domain.risk.ValuePaths.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edge cases every figure must say something true about. */
class RiskFiguresTest {

    @Test
    void constantPricesHaveNoVolatilityAndNoRatioToIt() {
        RiskFigures figures = RiskFigures.of(path(50, 50, 50, 50, 50, 50), null, 0);
        assertThat(figures.annualisedVolatility().value()).isZero();
        assertThat(figures.sharpe().undefinedBecause()).isEqualTo("the returns do not vary (standard deviation 0)");
        assertThat(figures.sortino().undefinedBecause()).isEqualTo("no return is below the risk-free rate (downside deviation 0)");
        assertThat(figures.maxDrawdown().depth().value()).isZero();
        assertThat(figures.cagr().value()).isZero();
        assertThat(figures.calmar().undefinedBecause()).isEqualTo("the value never fell below a previous high (max drawdown 0)");
        assertThat(figures.var95().historical().value()).isZero();
        assertThat(figures.var95().gaussian().value()).isZero();
        assertThat(figures.skewness().undefinedBecause()).isEqualTo("skewness: the returns do not vary (standard deviation 0)");
        assertThat(figures.var99().cornishFisher().undefinedBecause()).isEqualTo(figures.skewness().undefinedBecause());
        assertThat(figures.betaVsBtc().undefinedBecause()).isEqualTo("BTC's history does not cover the window");
    }

    @Test
    void withoutBenchmarkReturnsBetaSaysTheReasonItIsGiven() {
        RiskFigures figures = RiskFigures.of(path(50, 55, 52, 60), null, 0, "beta needs BTC in the backtest");

        assertThat(figures.betaVsBtc().undefinedBecause()).isEqualTo("beta needs BTC in the backtest");
        assertThat(figures.annualisedVolatility().isDefined()).isTrue();
    }

    @Test
    void constantPricesWithARiskFreeRateFallShortOfIt() {
        // every excess return is -rf_p: Sharpe undefined (no variation), Sortino = -rf_p / rf_p · √365
        RiskFigures figures = RiskFigures.of(path(50, 50, 50, 50), null, 0.05);
        assertThat(figures.sharpe().isDefined()).isFalse();
        assertThat(figures.sortino().value()).isCloseTo(-Math.sqrt(365), within(1e-9));
    }

    @Test
    void aSingleReturnHasNoDeviationButAHistoricalVarAndADrawdown() {
        RiskFigures figures = RiskFigures.of(path(100, 90), new double[] {-0.2}, 0);
        assertThat(figures.sample()).isEqualTo(new SampleWindow(365, D0, D0.plusDays(1), 1));
        assertThat(figures.meanReturn().value()).isCloseTo(-0.1, within(1e-15));
        assertThat(figures.annualisedVolatility().undefinedBecause()).isEqualTo("a standard deviation needs at least two returns, there is 1");
        assertThat(figures.sharpe().undefinedBecause()).isEqualTo("a standard deviation needs at least two returns, there is 1");
        // Sortino's downside deviation divides by n: √(0.01 / 1) = 0.1, so -0.1 / 0.1 · √365
        assertThat(figures.sortino().value()).isCloseTo(-Math.sqrt(365), within(1e-12));
        assertThat(figures.var95().historical().value()).isCloseTo(-0.1, within(1e-15));
        assertThat(figures.maxDrawdown().depth().value()).isCloseTo(-0.1, within(1e-15));
        assertThat(figures.excessKurtosis().isDefined()).isFalse();
        assertThat(figures.betaVsBtc().undefinedBecause()).isEqualTo("benchmark: a standard deviation needs at least two returns, there is 1");
    }

    @Test
    void noLosingDayLeavesSortinoUndefinedButSharpeDefined() {
        RiskFigures figures = RiskFigures.of(path(100, 101, 103, 103, 106), null, 0);
        assertThat(figures.sortino().undefinedBecause()).isEqualTo("no return is below the risk-free rate (downside deviation 0)");
        assertThat(figures.sharpe().isDefined()).isTrue();
        assertThat(figures.maxDrawdown().depth().value()).isZero();
    }

    @Test
    void noClosesAtAllGiveAnEmptySampleAndReasons() {
        RiskFigures figures = RiskFigures.of(ValuePath.ofReturns(null, List.of(), new double[0]), null, 0);
        assertThat(figures.sample()).isEqualTo(new SampleWindow(365, null, null, 0));
        assertThat(figures.meanReturn().undefinedBecause()).isEqualTo("there are no returns in the window");
        assertThat(figures.annualisedVolatility().undefinedBecause()).isEqualTo("there are no returns in the window");
        assertThat(figures.cagr().undefinedBecause()).isEqualTo("a growth rate needs closes on two days, there are none");
    }
}
