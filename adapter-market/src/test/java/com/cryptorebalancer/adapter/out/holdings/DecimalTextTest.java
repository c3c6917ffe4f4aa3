package com.cryptorebalancer.adapter.out.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(quoteCharacter = '\'', value = {
            "0, 0",
            "-0.00008169, -0.00008169",
            "16.81404761, 16.81404761",
            "282304.15, 282304.15",
            "1E-8, 0.00000001",
            "1.5e+3, 1500",
            "-2.5E3, -2500",
            "'  12.50 ', 12.5",
            "123456789012345678901234567890.123456789012345678901234567890, 123456789012345678901234567890.12345678901234567890123456789"})
    void digitsWithOptionalMinusPointAndExponentAreNumbers(String text, BigDecimal expected) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "1,5", "1,000.00", "1 000", "+1", ".5", "5.", "-", "-.5", "1e", "1e+", "1.2.3",
            "--1", "1e99999", "NaN", "Infinity", "0x10", "12abc", "١٢"})
    void anythingElseIsNot(String text) {
        assertThat(DecimalText.parse(text)).isNull();
    }
}
