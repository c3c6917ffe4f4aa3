package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InverseNormalTest {

    /** Expected: scipy 1.17.1 {@code scipy.stats.norm.ppf(p)}, printed with repr. */
    @ParameterizedTest
    @CsvSource({
        "1e-300, -37.0470962993612",
        "1e-100, -21.273453560965322",
        "1e-20, -9.262340089798409",
        "1e-10, -6.361340902404056",
        "1e-05, -4.264890793922825",
        "0.001, -3.090232306167813",
        "0.01, -2.3263478740408408",
        "0.02425, -1.972961051311885",
        "0.05, -1.6448536269514729",
        "0.075, -1.4395314709384563",
        "0.1, -1.2815515655446004",
        "0.2, -0.8416212335729142",
        "0.3, -0.5244005127080409",
        "0.4, -0.2533471031357997",
        "0.5, 0.0",
        "0.75, 0.6744897501960817",
        "0.95, 1.6448536269514722",
        "0.975, 1.959963984540054",
        "0.99, 2.3263478740408408",
        "0.999, 3.090232306167813",
        "0.9999999999, 6.361340889697422",
    })
    void matchesScipyToFullDoublePrecision(double p, double expected) {
        assertThat(InverseNormal.quantile(p)).isCloseTo(expected, within(4e-15 * Math.max(1, Math.abs(expected))));
    }

    @Test
    void theEndsAreInfiniteAndOutsideIsRefused() {
        assertThat(InverseNormal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(InverseNormal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> InverseNormal.quantile(1.5)).hasMessage("a probability must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> InverseNormal.quantile(Double.NaN)).hasMessageContaining("was NaN");
    }

    @Test
    void isIncreasingAndSymmetric() {
        qt().forAll(doubles().between(1e-12, 0.5 - 1e-9), doubles().between(1e-12, 1e-3)).checkAssert((p, step) -> {
            assertThat(InverseNormal.quantile(p)).isLessThan(InverseNormal.quantile(Math.min(p + step, 0.5)));
            // 1 - p rounds p to the grid near 1, so compare with the probability 1 - p actually stands for
            double q = 1 - p;
            assertThat(InverseNormal.quantile(q)).isCloseTo(-InverseNormal.quantile(1 - q), within(1e-9));
        });
    }
}
