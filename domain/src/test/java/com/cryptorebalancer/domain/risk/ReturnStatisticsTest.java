package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnStatisticsTest {

    private static final double ROOT_365 = Math.sqrt(365);

    /**
     * r = 0.10, -0.05, 0.02, -0.03, 0.04: mean 0.08 / 5 = 0.016; deviations 0.084, -0.066, 0.004, -0.046, 0.024,
     * squared 0.007056 + 0.004356 + 0.000016 + 0.002116 + 0.000576 = 0.01412, variance 0.01412 / 4 = 0.00353.
     */
    private static final double[] R = {0.10, -0.05, 0.02, -0.03, 0.04};

    @Test
    void volatilityIsTheSampleDeviationTimesRootOf365() {
        // √0.00353 · √365 = √1.28845 = 1.13509911...
        assertThat(ReturnStatistics.annualisedVolatility(R, 365).value()).isCloseTo(Math.sqrt(0.00353 * 365), within(1e-14))
                .isCloseTo(1.135099114615107, within(1e-14)); // numpy: np.std(r, ddof=1) * np.sqrt(365)
        assertThat(ReturnStatistics.annualisedVolatility(R, 252).value()).isCloseTo(Math.sqrt(0.00353 * 252), within(1e-14));
    }

    @Test
    void sharpeWithoutRiskFreeRateIsMeanOverDeviation() {
        // 0.016 / √0.00353 · √365
        assertThat(ReturnStatistics.sharpe(R, 0, 365).value()).isCloseTo(0.016 / Math.sqrt(0.00353) * ROOT_365, within(1e-12))
                .isCloseTo(5.144925165394254, within(1e-12)); // numpy
    }

    @Test
    void sortinoDividesTheSquaredShortfallsByAllReturns() {
        // shortfalls -0.05 and -0.03: (0.0025 + 0.0009) / 5 = 0.00068, so 0.016 / √0.00068 · √365
        assertThat(ReturnStatistics.sortino(R, 0, 365).value()).isCloseTo(0.016 / Math.sqrt(0.00068) * ROOT_365, within(1e-12))
                .isCloseTo(11.722276430194023, within(1e-12)); // numpy
    }

    @Test
    void theAnnualRiskFreeRateIsCompoundedDownToADay() {
        double rfp = ReturnStatistics.perPeriodRate(0.05, 365);
        assertThat(rfp).isCloseTo(Math.pow(1.05, 1 / 365.0) - 1, within(1e-18)).isCloseTo(0.00013368061711349633, within(1e-17));
        assertThat(Math.pow(1 + rfp, 365)).isCloseTo(1.05, within(1e-13));
        // numpy with ex = r - rfp
        assertThat(ReturnStatistics.sharpe(R, rfp, 365).value()).isCloseTo(5.101939117199713, within(1e-12));
        assertThat(ReturnStatistics.sortino(R, rfp, 365).value()).isCloseTo(11.58788395223696, within(1e-12));
        assertThatThrownBy(() -> ReturnStatistics.perPeriodRate(-1, 365))
                .hasMessage("an annual rate must be a number above -1, was -1.0");
    }

    @Test
    void betaOfTwiceTheBenchmarkPlusAConstantIsTwo() {
        double[] btc = {0.01, -0.02, 0.03, 0.00};
        double[] coin = {0.03, -0.03, 0.07, 0.01}; // 2 · btc + 0.01
        assertThat(ReturnStatistics.beta(coin, btc).value()).isCloseTo(2.0, within(1e-14));
        assertThat(ReturnStatistics.beta(btc, btc).value()).isCloseTo(1.0, within(1e-15));
        assertThat(ReturnStatistics.beta(coin, new double[] {0.01, 0.01, 0.01, 0.01}).undefinedBecause())
                .isEqualTo("benchmark: the returns do not vary (standard deviation 0)");
        assertThatThrownBy(() -> ReturnStatistics.beta(coin, new double[] {0.01}))
                .hasMessage("4 returns against 1 benchmark returns: align them first");
    }

    @Test
    void higherMomentsAreBiasCorrectedAsPandasHasThem() {
        // x = 0.01, 0.02, 0.03, 0.04, 0.10: mean 0.04, deviations -0.03, -0.02, -0.01, 0, 0.06
        // m2 = 50e-4 / 5 = 1e-3, m3 = 180e-6 / 5 = 36e-6, m4 = 1394e-8 / 5 = 278.8e-8
        // G1 = √(5·4) / 3 · 36e-6 / (1e-3)^1.5 = 1.2√2 = 1.69705627...
        // G2 = 4 / (3·2) · (6 · 2.788 - 3·4) = (2/3) · 4.728 = 3.152
        double[] x = {0.01, 0.02, 0.03, 0.04, 0.10};
        assertThat(HigherMoments.skewness(x).value()).isCloseTo(1.2 * Math.sqrt(2), within(1e-12))
                .isCloseTo(1.6970562748477147, within(1e-12)); // scipy.stats.skew(x, bias=False)
        assertThat(HigherMoments.excessKurtosis(x).value()).isCloseTo(3.152, within(1e-12)); // scipy kurtosis(bias=False)
        assertThat(HigherMoments.skewness(new double[] {0.01, 0.02}).undefinedBecause())
                .isEqualTo("skewness: needs at least 3 returns, there are 2");
        assertThat(HigherMoments.excessKurtosis(new double[] {0.01, 0.02, 0.04}).undefinedBecause())
                .isEqualTo("kurtosis: needs at least 4 returns, there are 3");
        assertThat(HigherMoments.excessKurtosis(new double[] {0.01, 0.01, 0.01, 0.01}).undefinedBecause())
                .isEqualTo("kurtosis: the returns do not vary (standard deviation 0)");
    }
}
