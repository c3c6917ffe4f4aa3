package com.cryptorebalancer.domain.suggest;

import static com.cryptorebalancer.domain.suggest.SuggestTestData.covariance;
import static com.cryptorebalancer.domain.suggest.SuggestTestData.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equal risk contributions on covariances given by hand. */
class RiskParityTest {

    private static final double[][] UNCORRELATED = {{0.01, 0, 0}, {0, 0.04, 0}, {0, 0, 0.09}};

    private static double[] solve(double[][] sigma, Map<String, Double> floors, Map<String, Double> caps) {
        return RiskParity.solve(covariance(sigma), AllocationBounds.of(names(sigma.length), floors, caps));
    }

    @Test
    void uncorrelatedAssetsAreWeightedByInverseVolatility() {
        // σ = 0.1, 0.2, 0.3: w ∝ 10 : 5 : 3.33..., over 18.33...
        double total = 10 + 5 + 10.0 / 3;
        assertThat(solve(UNCORRELATED, Map.of(), Map.of()))
                .containsExactly(new double[] {10 / total, 5 / total, 10.0 / 3 / total}, offset(1e-12));
    }

    @Test
    void twoAssetsAreWeightedByInverseVolatilityWhateverTheirCorrelation() {
        // w1 (Σw)_1 = w2 (Σw)_2 reduces to w1 σ1 = w2 σ2 for two assets: σ 0.1 and 0.2 give 2/3 and 1/3
        double[][] sigma = {{0.01, 0.01}, {0.01, 0.04}};

        double[] w = solve(sigma, Map.of(), Map.of());

        assertThat(w).containsExactly(new double[] {2.0 / 3, 1.0 / 3}, offset(1e-12));
        assertThat(covariance(sigma).riskContributions(w)).containsExactly(new double[] {0.5, 0.5}, offset(1e-12));
    }

    @Test
    void correlatedAssetsContributeEqually() {
        double[][] sigma = {{0.0016, 0.0012, 0.0010, 0.0004}, {0.0012, 0.0025, 0.0015, 0.0002},
            {0.0010, 0.0015, 0.0036, -0.0003}, {0.0004, 0.0002, -0.0003, 0.0004}};

        double[] w = solve(sigma, Map.of(), Map.of());

        assertThat(SuggestTestData.sum(w)).isCloseTo(1, offset(1e-14));
        assertThat(covariance(sigma).riskContributions(w)).containsOnly(new double[] {0.25, 0.25, 0.25, 0.25},
                offset(1e-12));
    }

    @Test
    void aCapHoldsItsAssetAndTheOthersStillContributeEqually() {
        // A (0.545 unbounded) capped at 0.4; B and C share 0.6 with w_B σ_B = w_C σ_C: 0.36 and 0.24
        double[] w = solve(UNCORRELATED, Map.of(), Map.of("A", 0.4));

        assertThat(w).containsExactly(new double[] {0.4, 0.36, 0.24}, offset(1e-10));
        double[] rc = covariance(UNCORRELATED).riskContributions(w);
        assertThat(rc[1]).isCloseTo(rc[2], offset(1e-10));
        assertThat(rc[0]).isLessThan(rc[1]);
    }

    @Test
    void aFloorHoldsItsAssetWhichThenContributesMore() {
        // C (0.18 unbounded) raised to a floor of 0.3; A and B share 0.7 as 2 : 1
        double[] w = solve(UNCORRELATED, Map.of("C", 0.3), Map.of());

        assertThat(w).containsExactly(new double[] {0.7 * 2 / 3, 0.7 / 3, 0.3}, offset(1e-10));
        double[] rc = covariance(UNCORRELATED).riskContributions(w);
        assertThat(rc[0]).isCloseTo(rc[1], offset(1e-10));
        assertThat(rc[2]).isGreaterThan(rc[0]);
    }

    @Test
    void twoIdenticalSeriesShareTheirPartEqually() {
        double[][] sigma = {{1e-4, 1e-4, 0.5e-4}, {1e-4, 1e-4, 0.5e-4}, {0.5e-4, 0.5e-4, 2e-4}};

        double[] w = solve(sigma, Map.of(), Map.of());

        assertThat(w[0]).isCloseTo(w[1], offset(1e-12));
        assertThat(covariance(sigma).riskContributions(w)).containsOnly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
                offset(1e-12));
    }

    @Test
    void anAssetThatNeverMovedCannotTakeAnEqualShareOfRisk() {
        assertThatThrownBy(() -> RiskParity.solve(SuggestTestData.covariance(new double[][] {{0.01, 0}, {0, 0}}),
                AllocationBounds.unbounded(names(2))))
                .isInstanceOf(SuggestionRefusedException.class)
                .hasMessage("risk parity needs every asset to carry risk: B has no variance over the window (constant prices)");
    }
}
