package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

    @ParameterizedTest(name = "{0} is a weight")
    @ValueSource(strings = {"0", "0.0", "0.25", "0.99999999999999999999", "1", "1.000"})
    void fractionsFromZeroToOneInclusiveAreWeights(String fraction) {
        assertThat(new Weight(new BigDecimal(fraction)).fraction()).isEqualByComparingTo(fraction);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-0.00000001", "-1", "1.00000000000000000001", "1.5", "100"})
    void fractionsOutsideZeroToOneAreRefusedWithTheValue(String fraction) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Weight(new BigDecimal(fraction)))
                .withMessage("weight must be between 0 and 1, was " + fraction);
    }

    @Test
    void equalFractionsWrittenDifferentlyAreEqual() {
        assertThat(new Weight(new BigDecimal("0.50"))).isEqualTo(new Weight(new BigDecimal("0.5")));
        assertThat(new Weight(new BigDecimal("0.000"))).isEqualTo(Weight.ZERO);
    }

    @ParameterizedTest(name = "{0} % is {1}")
    @CsvSource({"0, 0", "12.34, 0.1234", "100, 1", "33.333, 0.33333"})
    void fromPercent(String percent, String fraction) {
        assertThat(Weight.ofPercent(new BigDecimal(percent)).fraction()).isEqualByComparingTo(fraction);
    }

    @ParameterizedTest(name = "{0} %% is refused")
    @ValueSource(strings = {"-5", "100.01", "150"})
    void percentOutsideZeroToHundredIsRefused(String percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.ofPercent(new BigDecimal(percent)))
                .withMessageStartingWith("weight must be between 0 and 1, was ");
    }

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource({
            "1,       3,         0.3333333333333333",
            "2,       3,         0.6666666666666667",
            "3543.24, 420893.96, 0.008418367419670266",
            "0,       100,       0",
            "100,     100,       1",
            "5,       0,         0",
    })
    void shareOfAWholeIsPartOverWholeAndZeroOfNothing(String part, String whole, String fraction) {
        assertThat(Weight.of(UsdAmount.of(part), UsdAmount.of(whole)).fraction()).isEqualByComparingTo(fraction);
    }

    @Test
    void partLargerThanTheWholeIsNoWeight() {
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.of(UsdAmount.of("101"), UsdAmount.of("100")))
                .withMessage("weight must be between 0 and 1, was 1.01");
    }

    @Test
    void appliedToAWholeGivesTheShare() {
        assertThat(new Weight(new BigDecimal("0.6")).of(UsdAmount.of("1234.50")).value()).isEqualByComparingTo("740.7");
    }

    @ParameterizedTest(name = "{0} is {1} %")
    @CsvSource({"0.1234, 12.34", "0.12345, 12.34", "0.12355, 12.36", "1, 100.00", "0, 0.00"})
    void percentForPeopleHasTwoDecimalsHalfEven(String fraction, String percent) {
        assertThat(new Weight(new BigDecimal(fraction)).toPercent()).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void comparesByFraction() {
        assertThat(new Weight(new BigDecimal("0.3"))).isGreaterThan(new Weight(new BigDecimal("0.29")));
        assertThat(new Weight(new BigDecimal("0.30")).compareTo(new Weight(new BigDecimal("0.3")))).isZero();
    }
}
