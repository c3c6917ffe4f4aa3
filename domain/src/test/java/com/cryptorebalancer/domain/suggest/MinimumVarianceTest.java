package com.cryptorebalancer.domain.suggest;

import static com.cryptorebalancer.domain.suggest.SuggestTestData.covariance;
import static com.cryptorebalancer.domain.suggest.SuggestTestData.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Minimum variance on covariances given by hand, against the closed forms worked out in the comments. */
class MinimumVarianceTest {

    private static double[] solve(double[][] sigma) {
        return MinimumVariance.solve(covariance(sigma), AllocationBounds.unbounded(names(sigma.length)));
    }

    private static double[] solve(double[][] sigma, Map<String, Double> floors, Map<String, Double> caps) {
        return MinimumVariance.solve(covariance(sigma), AllocationBounds.of(names(sigma.length), floors, caps));
    }

    @Test
    void twoAssetsTakeTheClosedForm() {
        // w1 = (σ2² - σ12) / (σ1² + σ2² - 2σ12) = (0.09 - 0.006) / (0.04 + 0.09 - 0.012) = 0.084 / 0.118
        assertThat(solve(new double[][] {{0.04, 0.006}, {0.006, 0.09}}))
                .containsExactly(new double[] {0.084 / 0.118, 0.034 / 0.118}, offset(1e-9));
        // negative correlation: (0.09 + 0.018) / (0.13 + 0.036) = 0.108 / 0.166
        assertThat(solve(new double[][] {{0.04, -0.018}, {-0.018, 0.09}}))
                .containsExactly(new double[] {0.108 / 0.166, 0.058 / 0.166}, offset(1e-9));
    }

    @Test
    void aClosedFormAbove1IsCutToLongOnly() {
        // corr 0.9, σ 0.1 and 0.2: w1 = (0.04 - 0.018) / (0.05 - 0.036) = 1.571..., so all in the first asset
        assertThat(solve(new double[][] {{0.01, 0.018}, {0.018, 0.04}})).containsExactly(new double[] {1, 0}, offset(1e-9));
    }

    @Test
    void uncorrelatedAssetsAreWeightedByInverseVariance() {
        // 1/0.01 : 1/0.04 : 1/0.09 = 100 : 25 : 11.11..., over 136.11...
        double total = 100 + 25 + 100.0 / 9;
        assertThat(solve(new double[][] {{0.01, 0, 0}, {0, 0.04, 0}, {0, 0, 0.09}}))
                .containsExactly(new double[] {100 / total, 25 / total, 100.0 / 9 / total}, offset(1e-9));
    }

    @Test
    void bindingBoundsHoldTheWeights() {
        double[][] sigma = {{0.04, 0.006}, {0.006, 0.09}};
        // the variance is convex in w1 with its minimum at 0.71: a cap of 0.6 holds it there, a floor of B at 0.5 too
        assertThat(solve(sigma, Map.of(), Map.of("A", 0.6))).containsExactly(new double[] {0.6, 0.4}, offset(1e-9));
        assertThat(solve(sigma, Map.of("B", 0.5), Map.of())).containsExactly(new double[] {0.5, 0.5}, offset(1e-9));
    }

    @Test
    void aSingularCovarianceStillGivesTheLeastVariance() {
        // A and B are one series: any split of 0.75 between them is optimal; with a = wA + wB the variance
        // a² + 2·0.5·a(1 - a) + 2(1 - a)² is least at a = 0.75, where it is 0.875 (times 1e-4)
        double[][] sigma = {{1e-4, 1e-4, 0.5e-4}, {1e-4, 1e-4, 0.5e-4}, {0.5e-4, 0.5e-4, 2e-4}};

        double[] w = solve(sigma);

        assertThat(w[0] + w[1]).isCloseTo(0.75, offset(1e-7));
        assertThat(w[2]).isCloseTo(0.25, offset(1e-7));
        assertThat(covariance(sigma).variance(w)).isCloseTo(0.875e-4, offset(1e-12));
    }

    @Test
    void aCoinThatNeverMovedTakesAllItsCapAllows() {
        double[][] sigma = {{0, 0}, {0, 0.0009}};

        // the variance near the answer is 0.0009·w2², about 1e-19 at w2 = 1e-8: below what any solver tolerance
        // tells apart, so the weights are right to 1e-7 only
        assertThat(solve(sigma)).containsExactly(new double[] {1, 0}, offset(1e-7));
        assertThat(solve(sigma, Map.of(), Map.of("A", 0.7))).containsExactly(new double[] {0.7, 0.3}, offset(1e-9));
    }
}
