package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} is canonically {1}")
    @CsvSource({"2.00, 2", "0E-8, 0", "-0.000, 0", "100, 1E+2", "0.00008169000, 0.00008169", "12.34500, 12.345"})
    void canonicalFormHasNoTrailingZeros(String value, String canonical) {
        assertThat(Decimals.canonical(new BigDecimal(value))).isEqualTo(new BigDecimal(canonical));
    }

    @Test
    void zeroIsCanonicallyTheZeroConstant() {
        assertThat(Decimals.canonical(new BigDecimal("0.00000000"))).isSameAs(BigDecimal.ZERO);
    }

    @ParameterizedTest(name = "{0} USD: cents {1}, cents down {2}")
    @CsvSource({"1.005, 1.00, 1.00", "1.015, 1.02, 1.01", "1.019, 1.02, 1.01", "-1.015, -1.02, -1.01", "7, 7.00, 7.00"})
    void centsRoundHalfEvenAndCentsDownTruncate(String usd, String cents, String centsDown) {
        assertThat(Decimals.cents(new BigDecimal(usd))).isEqualTo(new BigDecimal(cents));
        assertThat(Decimals.centsDown(new BigDecimal(usd))).isEqualTo(new BigDecimal(centsDown));
    }

    @ParameterizedTest(name = "{0} is {1} %")
    @CsvSource({"0.1234, 12.34", "0.000049, 0.00", "0.000051, 0.01", "1, 100.00"})
    void percentOfAFraction(String fraction, String percent) {
        assertThat(Decimals.percent(new BigDecimal(fraction))).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void plainTextHasNoExponent() {
        assertThat(Decimals.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Decimals.plain(new BigDecimal("5.2E-8"))).isEqualTo("0.000000052");
    }

    @Test
    void divisionsKeepSixteenSignificantDigitsHalfEven() {
        assertThat(Decimals.MC.getPrecision()).isEqualTo(16);
        assertThat(Decimals.MC.getRoundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(BigDecimal.ONE.divide(new BigDecimal("3"), Decimals.MC)).isEqualTo(new BigDecimal("0.3333333333333333"));
    }

    @Test
    void quantitiesAreDividedStraightToEightDecimalsHoweverLarge() {
        BigDecimal pepe = Decimals.quantity(new BigDecimal("184739.46012345678915"), new BigDecimal("0.00001"), RoundingMode.DOWN);
        assertThat(pepe).isEqualTo(new BigDecimal("18473946012.34567891"));
        assertThat(Decimals.quantity(BigDecimal.ONE, new BigDecimal("3"), RoundingMode.DOWN)).isEqualTo(new BigDecimal("0.33333333"));
    }
}
