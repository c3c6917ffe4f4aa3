package com.cryptorebalancer.domain.rebalancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentRoundingTest {

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void signedAmountsKeepTheirTotalToTheCent() {
        List<BigDecimal> exact = List.of(new BigDecimal("8444.094"), new BigDecimal("-9111.184"), new BigDecimal("8923.094"),
                new BigDecimal("-6862.284"), new BigDecimal("2139.996"), new BigDecimal("-3783.638"), new BigDecimal("-421.082"));

        List<BigDecimal> rounded = CentRounding.sumPreserving(exact);

        assertThat(sum(rounded)).isEqualByComparingTo(Decimals.cents(sum(exact)));
        for (int i = 0; i < exact.size(); i++) {
            assertThat(rounded.get(i).subtract(exact.get(i)).abs()).isLessThanOrEqualTo(new BigDecimal("0.015"));
        }
    }

    @Test
    void anyAmountsKeepTheirTotalAndMoveByLessThanACentAndAHalf() {
        qt().withFixedSeed(7L).forAll(lists().of(integers().between(-10_000_000, 10_000_000)).ofSizeBetween(1, 12))
                .checkAssert(millis -> {
                    List<BigDecimal> exact = millis.stream().map(m -> BigDecimal.valueOf(m, 3)).toList();
                    List<BigDecimal> rounded = CentRounding.sumPreserving(exact);
                    assertThat(sum(rounded)).isEqualByComparingTo(Decimals.cents(sum(exact)));
                    for (int i = 0; i < exact.size(); i++) {
                        assertThat(rounded.get(i).scale()).isLessThanOrEqualTo(2);
                        assertThat(rounded.get(i).subtract(exact.get(i)).abs()).isLessThanOrEqualTo(new BigDecimal("0.015"));
                    }
                });
    }
}
