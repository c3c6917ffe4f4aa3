package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the money types over generated values (QuickTheories). */
class MoneyPropertiesTest {

    /** Amounts as exports carry them: up to 15 integer digits and up to 18 decimals, either sign. */
    private static Gen<BigDecimal> amounts() {
        return amountsBetween(-999_999_999_999_999L);
    }

    private static Gen<BigDecimal> nonNegativeAmounts() {
        return amountsBetween(0);
    }

    private static Gen<BigDecimal> positiveAmounts() {
        return amountsBetween(1);
    }

    private static Gen<BigDecimal> amountsBetween(long lowestUnscaled) {
        return longs().between(lowestUnscaled, 999_999_999_999_999L)
                .zip(integers().between(0, 18), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    }

    @Test
    void trailingZerosNeverChangeEqualityOrHashCode() {
        qt().forAll(amounts(), integers().between(1, 12)).checkAssert((value, zeros) -> {
            BigDecimal padded = value.setScale(value.scale() + zeros);
            assertThat(new UsdAmount(padded)).isEqualTo(new UsdAmount(value)).hasSameHashCodeAs(new UsdAmount(value));
            assertThat(new Quantity(padded, Asset.USD)).isEqualTo(new Quantity(value, Asset.USD))
                    .hasSameHashCodeAs(new Quantity(value, Asset.USD));
        });
    }

    @Test
    void positivePricesAreEqualHoweverWritten() {
        qt().forAll(positiveAmounts(), integers().between(1, 12)).checkAssert((usd, zeros) ->
                assertThat(price(usd.setScale(usd.scale() + zeros))).isEqualTo(price(usd)));
    }

    @Test
    void usdAmountPlusThenMinusIsTheIdentity() {
        qt().forAll(amounts(), amounts()).checkAssert((a, b) -> {
            UsdAmount x = new UsdAmount(a);
            UsdAmount y = new UsdAmount(b);
            assertThat(x.plus(y).minus(y)).isEqualTo(x);
            assertThat(x.minus(y).plus(y)).isEqualTo(x);
            assertThat(x.plus(y)).isEqualTo(y.plus(x));
            assertThat(x.minus(x).isZero()).isTrue();
        });
    }

    @Test
    void quantityPlusThenMinusIsTheIdentity() {
        qt().forAll(amounts(), amounts()).checkAssert((a, b) -> {
            Quantity x = new Quantity(a, Asset.of("ETH"));
            Quantity y = new Quantity(b, Asset.of("ETH"));
            assertThat(x.plus(y).minus(y)).isEqualTo(x);
            assertThat(x.plus(y)).isEqualTo(y.plus(x));
        });
    }

    @Test
    void valuingAQuantityIsExactMultiplication() {
        qt().forAll(amounts(), positiveAmounts()).checkAssert((amount, usd) ->
                assertThat(new Quantity(amount, Asset.USD).times(price(usd)).value())
                        .isEqualByComparingTo(amount.multiply(usd)));
    }

    @Test
    void shareOfAWholeIsAWeightAndGivesThePartBack() {
        qt().forAll(nonNegativeAmounts(), nonNegativeAmounts()).checkAssert((a, b) -> {
            UsdAmount part = new UsdAmount(a.min(b));
            UsdAmount whole = new UsdAmount(a.max(b));
            Weight weight = Weight.of(part, whole);
            assertThat(weight.fraction()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            if (!whole.isZero()) {
                // 16 significant digits (Decimals.MC): the part comes back to within 1e-15 of the whole
                BigDecimal error = weight.of(whole).value().subtract(part.value()).abs();
                assertThat(error).isLessThanOrEqualTo(whole.value().movePointLeft(15));
            }
        });
    }

    @Test
    void anAssetIsItsOwnCanonicalForm() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12).map(s -> s.replaceAll("[^A-Za-z0-9.]", "X")),
                        integers().between(0, 3))
                .checkAssert((symbol, padding) -> {
                    Asset asset = Asset.of(" ".repeat(padding) + symbol + "\u00A0".repeat(padding));
                    assertThat(asset.symbol()).isEqualTo(symbol.toUpperCase(java.util.Locale.ROOT));
                    assertThat(Asset.of(asset.symbol())).isEqualTo(asset);
                });
    }

    @Test
    void aSymbolWithASpaceInsideIsAlwaysRefused() {
        Gen<String> letters = strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 6);
        Gen<String> spaces = Generate.pick(List.of(" ", "\t", "\n", "\r", "\u000B", "\u00A0", "\u1680", "\u2002",
                "\u2007", "\u200A", "\u2028", "\u202F", "\u205F", "\u3000", "\u200B", "\uFEFF"));
        qt().forAll(letters, spaces, letters).checkAssert((left, space, right) ->
                assertThatIllegalArgumentException().isThrownBy(() -> Asset.of(left + space + right)));
    }

    private static Price price(BigDecimal usd) {
        return new Price(Asset.USD, usd, PriceSource.LOCAL, Instant.EPOCH);
    }
}
