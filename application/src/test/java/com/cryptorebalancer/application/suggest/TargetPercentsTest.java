package com.cryptorebalancer.application.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetPercentsTest {

    private static Map<String, Double> weights(Object... nameThenWeight) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < nameThenWeight.length; i += 2) {
            weights.put((String) nameThenWeight[i], (Double) nameThenWeight[i + 1]);
        }
        return weights;
    }

    @Test
    void thirdsGiveTheSpareHundredthToTheFirst() {
        // 3333.33... hundredths each: 3 × 3333 = 9999, the one left goes to the first of three equal remainders
        assertThat(TargetPercents.of(weights("A", 1.0 / 3, "B", 1.0 / 3, "C", 1.0 / 3)))
                .containsExactly(Map.entry("A", new BigDecimal("33.34")), Map.entry("B", new BigDecimal("33.33")),
                        Map.entry("C", new BigDecimal("33.33")));
    }

    @Test
    void theLargestRemaindersGetTheMissingHundredths() {
        // 5000.5, 2999.6, 1999.9 hundredths: 9998 whole, the 2 missing go to C (0.9) then B (0.6), not A (0.5)
        assertThat(TargetPercents.of(weights("A", 0.50005, "B", 0.29996, "C", 0.19999)))
                .containsExactly(Map.entry("A", new BigDecimal("50.00")), Map.entry("B", new BigDecimal("30.00")),
                        Map.entry("C", new BigDecimal("20.00")));
    }

    @Test
    void weightsAFloatingHairOff1StillAddUpToExactly100() {
        Map<String, BigDecimal> percents = TargetPercents.of(weights("A", 0.1 + 0.2, "B", 0.7 - 1e-13, "C", 0.0));

        assertThat(percents.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(percents.get("A")).isEqualByComparingTo("30.00");
        assertThat(percents.get("C")).isEqualByComparingTo("0");
    }
}
