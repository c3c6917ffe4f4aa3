package com.cryptorebalancer.domain.suggest;

import static com.cryptorebalancer.domain.suggest.SuggestTestData.covariance;
import static com.cryptorebalancer.domain.suggest.SuggestTestData.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maximum Sharpe ratio on covariances and expected excess returns given by hand. */
class MaximumSharpeTest {

    private static final double[][] DIAGONAL = {{0.04, 0}, {0, 0.09}};

    private static double[] solve(double[][] sigma, double[] excess, Map<String, Double> floors, Map<String, Double> caps) {
        return MaximumSharpe.solve(covariance(sigma), excess, AllocationBounds.of(names(sigma.length), floors, caps));
    }

    @Test
    void withoutBindingBoundsTheWeightsAreProportionalToSigmaInverseTimesExcess() {
        // diagonal: w ∝ e_i / σ_i² = 0.1/0.04 : 0.1/0.09 = 2.5 : 1.11...
        assertThat(solve(DIAGONAL, new double[] {0.1, 0.1}, Map.of(), Map.of()))
                .containsExactly(new double[] {2.5 / (2.5 + 1 / 0.9), 1 / 0.9 / (2.5 + 1 / 0.9)}, offset(1e-8));
        // Σ⁻¹e ∝ (0.09·0.08 - 0.006·0.12, -0.006·0.08 + 0.04·0.12) = (0.00648, 0.00432): 0.6 and 0.4
        assertThat(solve(new double[][] {{0.04, 0.006}, {0.006, 0.09}}, new double[] {0.08, 0.12}, Map.of(), Map.of()))
                .containsExactly(new double[] {0.6, 0.4}, offset(1e-8));
    }

    @Test
    void anAssetWithANegativeExcessReturnIsLeftOutUnlessAFloorKeepsIt() {
        // unconstrained Σ⁻¹e = (2.5, -0.556): long-only puts everything in A; a floor of 0.3 on B holds B there,
        // the Sharpe ratio being unimodal along w1 + w2 = 1 with its top beyond 0.7
        assertThat(solve(DIAGONAL, new double[] {0.1, -0.05}, Map.of(), Map.of())).containsExactly(new double[] {1, 0},
                offset(1e-8));
        assertThat(solve(DIAGONAL, new double[] {0.1, -0.05}, Map.of("B", 0.3), Map.of()))
                .containsExactly(new double[] {0.7, 0.3}, offset(1e-8));
    }

    @Test
    void aCapHoldsTheFavourite() {
        assertThat(solve(DIAGONAL, new double[] {0.1, 0.1}, Map.of(), Map.of("A", 0.5)))
                .containsExactly(new double[] {0.5, 0.5}, offset(1e-8));
    }

    @Test
    void noPositiveExcessReturnIsRefused() {
        assertThatThrownBy(() -> solve(DIAGONAL, new double[] {-0.0001, -0.0002}, Map.of(), Map.of()))
                .isInstanceOf(SuggestionRefusedException.class)
                .hasMessage("no asset has a positive expected excess return over the window, so no Sharpe ratio is "
                        + "positive: the best is A at -3.65 % a year (365 × its mean daily return, less the risk-free rate)");
    }

    @Test
    void floorsThatForceANegativeExcessReturnAreRefused() {
        // best within the floor: 0.5·0.0001 - 0.5·0.0005 = -0.0002 a day, -7.3 % a year
        assertThatThrownBy(() -> solve(DIAGONAL, new double[] {0.0001, -0.0005}, Map.of("B", 0.5), Map.of()))
                .isInstanceOf(SuggestionRefusedException.class)
                .hasMessage("the floors and caps leave no portfolio with a positive expected excess return: the best "
                        + "they allow is -7.3 % a year");
    }

    @Test
    void theBestExcessWithinBoundsFillsFloorsThenTheHighestReturns() {
        AllocationBounds bounds = AllocationBounds.of(names(3), Map.of("C", 0.2), Map.of("A", 0.5));
        // C 0.2 at -1, then A up to its cap 0.5 at 3, then B 0.3 at 2: -0.2 + 1.5 + 0.6
        assertThat(MaximumSharpe.bestExcess(new double[] {3, 2, -1}, bounds)).isCloseTo(1.9, offset(1e-12));
    }
}
