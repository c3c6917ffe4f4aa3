package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsdAmountTest {

    @ParameterizedTest(name = "{0} USD equals {1} USD")
    @CsvSource({"2.0, 2.00", "0, 0.00", "-0.0, 0", "420893.96, 420893.960", "1E+2, 100.00"})
    void sameAmountWrittenDifferentlyIsEqual(String one, String other) {
        assertThat(UsdAmount.of(one)).isEqualTo(UsdAmount.of(other)).hasSameHashCodeAs(UsdAmount.of(other));
        assertThat(UsdAmount.of(one)).isEqualTo(UsdAmount.of(new BigDecimal(other)));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
    @CsvSource({
            "5555.24, 31.22,  5586.46, 5524.02",
            "-8.97,   8.97,   0,       -17.94",
            "0.01,    -0.02,  -0.01,   0.03",
    })
    void addsAndSubtractsExactly(String a, String b, String sum, String difference) {
        assertThat(UsdAmount.of(a).plus(UsdAmount.of(b))).isEqualTo(UsdAmount.of(sum));
        assertThat(UsdAmount.of(a).minus(UsdAmount.of(b))).isEqualTo(UsdAmount.of(difference));
    }

    @ParameterizedTest(name = "{0}: negative {1}, zero {2}, positive {3}, abs {4}")
    @CsvSource({"-8.97, true, false, false, 8.97", "0.00, false, true, false, 0", "0.01, false, false, true, 0.01"})
    void knowsItsSign(String value, boolean negative, boolean zero, boolean positive, String abs) {
        UsdAmount amount = UsdAmount.of(value);
        assertThat(amount.isNegative()).isEqualTo(negative);
        assertThat(amount.isZero()).isEqualTo(zero);
        assertThat(amount.isPositive()).isEqualTo(positive);
        assertThat(amount.abs()).isEqualTo(UsdAmount.of(abs));
        assertThat(amount.negate().negate()).isEqualTo(amount);
    }

    @Test
    void comparesByValue() {
        List<UsdAmount> amounts = new ArrayList<>(List.of(UsdAmount.of("10"), UsdAmount.of("-1"), UsdAmount.of("9.99")));
        amounts.sort(null);
        assertThat(amounts).containsExactly(UsdAmount.of("-1"), UsdAmount.of("9.99"), UsdAmount.of("10"));
        assertThat(UsdAmount.of("0.99").isLessThan(UsdAmount.of("1"))).isTrue();
        assertThat(UsdAmount.of("1.00").isLessThan(UsdAmount.of("1"))).isFalse();
    }

    @ParameterizedTest(name = "{0} prints as {1} USD")
    @CsvSource({"1234.5, 1234.50", "0.005, 0.00", "0.015, 0.02", "0.025, 0.02", "-0.035, -0.04", "1E+3, 1000.00"})
    void printsWholeCentsRoundedHalfEven(String value, String cents) {
        assertThat(UsdAmount.of(value).toCentsString()).isEqualTo(cents);
        assertThat(UsdAmount.of(value)).hasToString(cents + " USD");
    }

    @Test
    void nullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> UsdAmount.of((BigDecimal) null))
                .withMessage("USD amount must not be null");
    }
}
