package com.cryptorebalancer.domain.suggest;

import static com.cryptorebalancer.domain.suggest.SuggestTestData.realReturns;
import static com.cryptorebalancer.domain.suggest.SuggestTestData.threeYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.SampleStatistics;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The covariance estimators. Ledoit-Wolf figures were computed independently with python3 3.11, numpy 2.4.6
 * and scikit-learn 1.9.1 on the same CSV closes: {@code sklearn.covariance.ledoit_wolf(r)} for the scaled
 * identity, and a numpy port of Ledoit &amp; Wolf's covCor.m (the "Honey" paper's code) for the constant
 * correlation target, r the simple returns on the common days:
 * <pre>
 *   x = r - r.mean(0); S = x.T @ x / t; v = diag(S); s = sqrt(v)
 *   rbar = (sum(S / outer(s, s)) - n) / (n (n - 1)); F = rbar outer(s, s), diag(F) = v
 *   phi = sum((x**2).T @ (x**2) / t - S**2)
 *   theta = (x**3).T @ x / t - v[:, None] * S, diag(theta) = 0
 *   rho = sum(diag((x**2).T @ (x**2) / t - S**2)) + rbar sum(outer(1/s, s) * theta)
 *   gamma = |S - F|_F^2; intensity = max(0, min(1, (phi - rho) / gamma / t))
 * </pre>
 * The shrunk matrices printed there were multiplied by t / (t - 1) (our matrices build on the n - 1 sample).
 */
class CovarianceEstimatorTest {

    @Test
    void theSampleCovarianceDividesByNMinusOne() {
        // deviations (1, -8, 7)/300 and (5, -1, -4)/300: cov = (5 + 8 - 28)/90000/2 = -1/12000,
        // var a = (1 + 64 + 49)/90000/2 = 114/180000, var b = (25 + 1 + 16)/90000/2 = 42/180000
        ReturnMatrix returns = ReturnMatrix.of(List.of("A", "B"),
                new double[][] {{0.01, -0.02, 0.03}, {0.02, 0.00, -0.01}});

        CovarianceEstimate sample = CovarianceEstimator.SAMPLE.estimate(returns);

        assertThat(sample.get(0, 1)).isCloseTo(-1.0 / 12000, offset(1e-18));
        assertThat(sample.get(1, 0)).isCloseTo(-1.0 / 12000, offset(1e-18));
        assertThat(sample.get(0, 0)).isCloseTo(114.0 / 180000, offset(1e-18));
        assertThat(sample.get(1, 1)).isCloseTo(42.0 / 180000, offset(1e-18));
        assertThat(sample.shrinkage()).isNaN();
        assertThat(sample.observations()).isEqualTo(3);
    }

    @Test
    void theSampleCovarianceOfRealDataIsTheRiskModulesOne() {
        var daily = AlignedCloses.innerJoin(SharedPriceHistory.closes("BTC", "ETH", "SOL", "BNB"),
                SuggestTestData.FROM, SuggestTestData.TO).returns();
        double[][] expected = SampleStatistics.covarianceMatrix(daily);

        CovarianceEstimate sample = CovarianceEstimator.SAMPLE.estimate(ReturnMatrix.of(daily));

        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(sample.get(i, j)).isCloseTo(expected[i][j], withinPercentage(1e-10));
            }
        }
    }

    @ParameterizedTest(name = "{0} to {1}, {2} coins")
    @CsvSource({
        "2024-01-01, 2024-03-31, 5, 90, 0.10974217182718152, 0.5784725518455563",
        "2022-02-20, 2025-02-20, 8, 1096, 0.01449217707458251, 0.08340220916295792",
        "2024-01-01, 2024-01-31, 12, 30, 0.11049091300281397, 0.683075335811403"})
    void ledoitWolfIntensitiesMatchAnIndependentComputation(String from, String to, int coins, int returns,
                                                           double scaledIdentity, double constantCorrelation) {
        String[] symbols = List.of("BTC", "ETH", "SOL", "BNB", "XRP", "ADA", "DOGE", "LINK", "AVAX", "DOT", "LTC", "TRX")
                .subList(0, coins).toArray(String[]::new);
        ReturnMatrix real = realReturns(from, to, symbols);

        assertThat(real.observations()).isEqualTo(returns);
        assertThat(CovarianceEstimator.LEDOIT_WOLF_SCALED_IDENTITY.estimate(real).shrinkage())
                .isCloseTo(scaledIdentity, withinPercentage(1e-8));
        assertThat(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(real).shrinkage())
                .isCloseTo(constantCorrelation, withinPercentage(1e-8));
    }

    @Test
    void shrunkMatricesMatchTheIndependentOnesScaledToNMinusOne() {
        ReturnMatrix real = realReturns("2024-01-01", "2024-03-31", "BTC", "ETH", "SOL", "BNB", "XRP");

        CovarianceEstimate identity = CovarianceEstimator.LEDOIT_WOLF_SCALED_IDENTITY.estimate(real);
        CovarianceEstimate correlation = CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(real);

        assertThat(identity.get(0, 0)).isCloseTo(0.0010405244162261832, withinPercentage(1e-8));
        assertThat(identity.get(0, 1)).isCloseTo(0.0007386147002606587, withinPercentage(1e-8));
        assertThat(correlation.get(0, 0)).isCloseTo(0.0009991857250894682, withinPercentage(1e-8));
        assertThat(correlation.get(0, 1)).isCloseTo(0.0006829637814429059, withinPercentage(1e-8));
        assertThat(correlation.get(1, 2)).isCloseTo(0.0008846137535629328, withinPercentage(1e-8));
        assertThat(correlation.get(2, 1)).isEqualTo(correlation.get(1, 2));
    }

    @Test
    void withTwoAssetsTheConstantCorrelationTargetIsTheSampleItselfSoNothingIsShrunk() {
        // one pair: its correlation is the average one, so F = S and ‖S - F‖² = 0
        ReturnMatrix two = threeYears("BTC", "ETH");

        CovarianceEstimate shrunk = CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(two);
        CovarianceEstimate sample = CovarianceEstimator.SAMPLE.estimate(two);

        assertThat(shrunk.shrinkage()).isZero();
        assertThat(shrunk.get(0, 1)).isCloseTo(sample.get(0, 1), withinPercentage(1e-10));
    }

    @Test
    void oneAssetIsItsOwnTarget() {
        ReturnMatrix one = threeYears("BTC");

        for (CovarianceEstimator estimator : List.of(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION,
                CovarianceEstimator.LEDOIT_WOLF_SCALED_IDENTITY)) {
            CovarianceEstimate estimate = estimator.estimate(one);
            assertThat(estimate.shrinkage()).as(estimator.code()).isZero();
            assertThat(estimate.get(0, 0)).isCloseTo(CovarianceEstimator.SAMPLE.estimate(one).get(0, 0),
                    withinPercentage(1e-12));
        }
    }

    @Test
    void aCoinWithConstantPricesGivesAZeroRowAndAFiniteIntensity() {
        ReturnMatrix real = threeYears("BTC", "ETH", "SOL");
        ReturnMatrix withStable = ReturnMatrix.of(List.of("BTC", "ETH", "SOL", "USDX"), new double[][] {
            real.of(0), real.of(1), real.of(2), new double[real.observations()]});

        for (CovarianceEstimator estimator : CovarianceEstimator.values()) {
            CovarianceEstimate estimate = estimator.estimate(withStable);
            assertThat(estimate.get(3, 0)).as(estimator.code()).isZero();
            assertThat(estimate.get(0, 3)).as(estimator.code()).isZero();
            if (estimator.shrinks()) {
                assertThat(estimate.shrinkage()).as(estimator.code()).isBetween(0.0, 1.0);
            }
        }
        // the constant-correlation target ignores the coin that never moved: its row is 0 in both S and F
        assertThat(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(withStable).get(3, 3)).isZero();
    }

    @Test
    void fewerThanTwoReturnsHaveNoCovariance() {
        ReturnMatrix single = ReturnMatrix.of(List.of("A", "B"), new double[][] {{0.01}, {0.02}});

        assertThatIllegalArgumentException().isThrownBy(() -> CovarianceEstimator.SAMPLE.estimate(single))
                .withMessage("a covariance needs at least 2 daily returns, there is 1");
    }

    @Test
    void portfolioFiguresUseTheMatrixAndAnnualiseWith365() {
        CovarianceEstimate sigma = SuggestTestData.covariance(new double[][] {{0.0004, 0.0001}, {0.0001, 0.0009}});
        double[] w = {0.5, 0.5};

        // wᵀΣw = 0.25·0.0004 + 2·0.25·0.0001 + 0.25·0.0009 = 0.000375
        assertThat(sigma.variance(w)).isCloseTo(0.000375, offset(1e-15));
        assertThat(sigma.annualisedVolatility(w)).isCloseTo(Math.sqrt(0.000375 * 365), offset(1e-15));
        // contributions: 0.5·(0.0002 + 0.00005) / 0.000375 = 1/3 and 0.5·(0.00005 + 0.00045) / 0.000375 = 2/3
        assertThat(sigma.riskContributions(w)).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, offset(1e-12));
        assertThat(SuggestTestData.covariance(new double[][] {{0, 0}, {0, 0}}).riskContributions(w))
                .containsOnly(Double.NaN);
    }

    @Test
    void estimatorsAreNamedInOutput() {
        assertThat(CovarianceEstimator.ofCode(" Ledoit-Wolf-Constant-Correlation "))
                .isEqualTo(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION);
        assertThatIllegalArgumentException().isThrownBy(() -> CovarianceEstimator.ofCode("shrunk"))
                .withMessageContaining("no covariance estimator 'shrunk'");
    }
}
