package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    private static Price usd(String symbol, String usd) {
        return new Price(Asset.of(symbol), new BigDecimal(usd), PriceSource.LOCAL, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} BTC equals {1} BTC")
    @CsvSource({"2.0, 2.00", "2, 2.000000", "0, 0.00000000", "0E-10, 0", "-0.50, -0.5", "1000, 1E+3", "0.00008169, 8.169E-5"})
    void sameAmountWrittenDifferentlyIsEqual(String one, String other) {
        assertThat(Quantity.of(one, "BTC")).isEqualTo(Quantity.of(other, "BTC"))
                .hasSameHashCodeAs(Quantity.of(other, "BTC"));
    }

    @Test
    void sameAmountOfDifferentAssetsIsNotEqual() {
        assertThat(Quantity.of("1", "BTC")).isNotEqualTo(Quantity.of("1", "WBTC"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}; {0} - {1} = {3}")
    @CsvSource({
            "0.5,        0.25,        0.75,        0.25",
            "1.10,       -0.10,       1,           1.2",
            "0.00000001, 0.00000001,  0.00000002,  0",
            "-0.00008169, 0.00008169, 0,           -0.00016338",
    })
    void addsAndSubtractsExactly(String a, String b, String sum, String difference) {
        Quantity left = Quantity.of(a, "ETH");
        Quantity right = Quantity.of(b, "ETH");
        assertThat(left.plus(right)).isEqualTo(Quantity.of(sum, "ETH"));
        assertThat(left.minus(right)).isEqualTo(Quantity.of(difference, "ETH"));
    }

    @Test
    void addingOrSubtractingAnotherAssetIsRefusedNamingBoth() {
        Quantity btc = Quantity.of("1.5", "BTC");
        Quantity eth = Quantity.of("2", "ETH");
        assertThatIllegalArgumentException().isThrownBy(() -> btc.plus(eth))
                .withMessage("cannot add quantities of different assets: 1.5 BTC and 2 ETH");
        assertThatIllegalArgumentException().isThrownBy(() -> btc.minus(eth))
                .withMessage("cannot subtract quantities of different assets: 1.5 BTC and 2 ETH");
    }

    @Test
    void timesAPriceOfTheSameAssetIsItsUsdValue() {
        assertThat(Quantity.of("0.5", "BTC").times(usd("BTC", "110000.00")).value())
                .isEqualByComparingTo("55000");
        assertThat(Quantity.of("-2", "SOL").times(usd("SOL", "187.25")).value())
                .isEqualByComparingTo("-374.5");
    }

    @Test
    void timesAPriceOfAnotherAssetIsRefusedNamingBoth() {
        Quantity sol2 = Quantity.of("5.58712928", "SOL2");
        assertThatIllegalArgumentException().isThrownBy(() -> sol2.times(usd("SOL", "187.24")))
                .withMessage("cannot value 5.58712928 SOL2 with a price of SOL");
    }

    @ParameterizedTest(name = "{0}: negative {1}, zero {2}")
    @CsvSource({"-0.00000001, true, false", "0.000, false, true", "0.00000001, false, false"})
    void knowsItsSign(String value, boolean negative, boolean zero) {
        Quantity quantity = Quantity.of(value, "BTC");
        assertThat(quantity.isNegative()).isEqualTo(negative);
        assertThat(quantity.isZero()).isEqualTo(zero);
    }

    @Test
    void printsPlainWithoutExponent() {
        assertThat(Quantity.of("1E+3", "usdt")).hasToString("1000 USDT");
        assertThat(Quantity.of("0.00000010", "BTC")).hasToString("0.0000001 BTC");
    }

    @Test
    void nullValueOrAssetIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> new Quantity(null, Asset.USD))
                .withMessage("quantity must not be null");
        assertThatNullPointerException().isThrownBy(() -> new Quantity(BigDecimal.ONE, null))
                .withMessage("quantity needs an asset");
    }
}
