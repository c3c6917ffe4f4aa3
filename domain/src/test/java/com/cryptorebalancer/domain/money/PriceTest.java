package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

    private static final Instant AS_OF = Instant.parse("2025-08-26T00:00:00Z");

    private static Price price(String symbol, String usd) {
        return new Price(Asset.of(symbol), new BigDecimal(usd), PriceSource.LOCAL, AS_OF);
    }

    @ParameterizedTest(name = "a price of {0} is refused")
    @ValueSource(strings = {"0", "0.00", "-0.00000001", "-110000"})
    void zeroOrNegativePriceIsRefusedNamingAssetAndValue(String usd) {
        assertThatIllegalArgumentException().isThrownBy(() -> price("pepe4", usd))
                .withMessage("price of PEPE4 must be positive, was " + usd);
    }

    @Test
    void missingPartsAreRefusedNamingTheAsset() {
        Asset btc = Asset.of("BTC");
        assertThatNullPointerException().isThrownBy(() -> new Price(null, BigDecimal.ONE, PriceSource.LOCAL, AS_OF))
                .withMessage("price needs an asset");
        assertThatNullPointerException().isThrownBy(() -> new Price(btc, null, PriceSource.LOCAL, AS_OF))
                .withMessage("price of BTC must not be null");
        assertThatNullPointerException().isThrownBy(() -> new Price(btc, BigDecimal.ONE, null, AS_OF))
                .withMessage("price of BTC needs a source");
        assertThatNullPointerException().isThrownBy(() -> new Price(btc, BigDecimal.ONE, PriceSource.LOCAL, null))
                .withMessage("price of BTC needs a time");
    }

    @Test
    void equalPricesWrittenDifferentlyAreEqual() {
        assertThat(price("SOL", "187.20")).isEqualTo(price("SOL", "187.2"));
        assertThat(price("SOL", "187.20")).hasSameHashCodeAs(price("SOL", "187.2"));
        assertThat(price("SOL", "187.20").usd()).isEqualByComparingTo("187.2");
    }

    @ParameterizedTest(name = "{0} USD for {1} units is {2} USD each")
    @CsvSource({
            "1046.11,  5.58712928,   187.2356889511603",
            "5555.24,  16.81404761,  330.3927839895060",
            "-8.97,    -0.00008169,  109805.3617333823",
            "0.01,     3.1663,       0.003158260430155071",
    })
    void impliedPriceIsValueOverQuantity(String value, String quantity, String unit) {
        Price implied = Price.implied(UsdAmount.of(value), Quantity.of(quantity, "X"), PriceSource.LOCAL, AS_OF);
        assertThat(implied.usd()).isEqualByComparingTo(unit);
        assertThat(implied.asset()).isEqualTo(Asset.of("X"));
        assertThat(implied.source()).isEqualTo(PriceSource.LOCAL);
        assertThat(implied.asOf()).isEqualTo(AS_OF);
    }

    @ParameterizedTest(name = "{0} USD for {1} units implies no price")
    @CsvSource({"0, 1", "1, 0", "0.00, 0.000"})
    void zeroValueOrQuantityImpliesNoPrice(String value, String quantity) {
        assertThatIllegalArgumentException().isThrownBy(() ->
                        Price.implied(UsdAmount.of(value), Quantity.of(quantity, "BTC"), PriceSource.LOCAL, AS_OF))
                .withMessageStartingWith("no price is implied by ")
                .withMessageEndingWith(" BTC");
    }

    @ParameterizedTest(name = "{0} USD at {1} buys {2} rounded {3}")
    @CsvSource({
            "1000, 3,   333.33333333, DOWN",
            "1000, 3,   333.33333334, UP",
            "100,  110000, 0.00090909, HALF_EVEN",
            "50,   0.00000999, 5005005.00500501, HALF_EVEN",
    })
    void quantityForAnAmountIsRoundedToEightDecimalsAsTheCallerSays(String usd, String unit, String quantity,
                                                                    RoundingMode rounding) {
        assertThat(price("X", unit).quantityFor(UsdAmount.of(usd), rounding)).isEqualByComparingTo(quantity);
    }

    @Test
    void printsPriceAssetSourceAndTime() {
        assertThat(price("btc", "110000.50")).hasToString("110000.5 USD/BTC (local, 2025-08-26T00:00:00Z)");
    }

    @ParameterizedTest(name = "price source ''{0}'' is refused")
    @ValueSource(strings = {"", "   "})
    void blankPriceSourceIsRefused(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceSource(blank))
                .withMessage("price source must not be blank");
        assertThat(new PriceSource("coingecko")).hasToString("coingecko");
    }
}
