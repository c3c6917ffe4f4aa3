package com.cryptorebalancer.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "BTC|BTC",
            "btc|BTC",
            "  eth  |ETH",
            "\tsol2\t|SOL2",
            "dot.s|DOT.S",
            "1inch|1INCH",
            "\u00A0USDT\u00A0|USDT",
            "\u2007pepe\u202F|PEPE",
            "\uFEFFXRP|XRP",
    })
    void symbolIsTrimmedAndUpperCased(String raw, String symbol) {
        assertThat(Asset.of(raw).symbol()).isEqualTo(symbol);
        assertThat(Asset.of(raw)).isEqualTo(Asset.of(symbol)).hasSameHashCodeAs(Asset.of(symbol));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u2003\u3000", "\u200B"})
    void blankSymbolIsRefusedShowingWhatWasGiven(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> Asset.of(blank))
                .withMessage("asset symbol must not be blank, was '" + blank + "'");
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"BT C", "wrapped btc", "USD\tT", "ETH\nBTC", "SOL\u00A0TWO", "BT\u200BC", "A\u0007B"})
    void symbolWithSpacesOrControlCharactersInsideIsRefused(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Asset.of(raw))
                .withMessageStartingWith("asset symbol must not contain spaces or control characters: '")
                .withMessageContaining(raw.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void symbolLongerThanFortyCharactersIsRefusedWithTheSymbol() {
        String longest = "X".repeat(40);
        assertThat(Asset.of(longest).symbol()).hasSize(40);
        assertThatIllegalArgumentException().isThrownBy(() -> Asset.of(longest + "Y"))
                .withMessage("asset symbol is longer than 40 characters: '" + longest + "Y'");
    }

    @Test
    void nullSymbolIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> Asset.of(null))
                .withMessage("asset symbol must not be null");
    }

    @Test
    void assetsSortBySymbolAndPrintAsTheSymbol() {
        List<Asset> assets = new ArrayList<>(List.of(Asset.of("SOL"), Asset.of("btc"), Asset.of("ETH")));
        assets.sort(null);
        assertThat(assets).containsExactly(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL"));
        assertThat(Asset.of("sol2")).hasToString("SOL2");
        assertThat(Asset.USD).isEqualTo(Asset.of("usd"));
    }
}
