package com.cryptorebalancer.domain.taxonomy;

import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.assertClassified;
import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.classify;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.taxonomy.Classification.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Other spellings of known coins (CoinTracking suffixes, Kraken codes and staking suffixes), through the taxonomy. */
class SpellingsTest {

    @ParameterizedTest(name = "{0} ({1}) is {2} in {3}, by {4}")
    @CsvSource(delimiter = '|', value = {
            // CoinTracking's numeric disambiguation suffixes, without and with the printed name
            "SOL2||SOL|SOL|SPELLING",
            "DOT2||DOT|L1/L0 majors|SPELLING",
            "DOT2|Polkadot|DOT|L1/L0 majors|SPELLING",
            "DOT2|Polkadot (DOT)|DOT|L1/L0 majors|SPELLING",
            "DOT2|Some Other Coin|DOT2|Others|UNKNOWN",
            "ATOM2|Cosmos Hub|ATOM|L1/L0 majors|SPELLING",
            "PEPE4||PEPE|Memecoins|SPELLING",
            "TAO6||TAO|AI/Data|SPELLING",
            "S5||S|L1/L0 majors|SPELLING",
            "IMO2||IMO2|Others|UNKNOWN",
            // Kraken's legacy codes and renamed tickers
            "XBT||BTC|BTC|SPELLING",
            "XXBT||BTC|BTC|SPELLING",
            "XETH||ETH|ETH|SPELLING",
            "ZUSD||USD|Stablecoins|SPELLING",
            "ZEUR||EUR|Stablecoins|SPELLING",
            "XXDG||DOGE|Memecoins|SPELLING",
            "ETH2||ETH|ETH|SPELLING",
            "MIOTA||IOTA|L1/L0 majors|SPELLING",
            "TONCOIN||TON|L1/L0 majors|SPELLING",
            "RNDR||RENDER|AI/Data|SPELLING",
            // Kraken's staking and rewards suffixes, alone and combined with the above
            "DOT.S||DOT|L1/L0 majors|SPELLING",
            "SOL.F||SOL|SOL|SPELLING",
            "USDC.M||USDC|Stablecoins|SPELLING",
            "ATOM.B||ATOM|L1/L0 majors|SPELLING",
            "KSM.P||KSM|L1/L0 majors|SPELLING",
            "ETH2.S||ETH|ETH|SPELLING",
            "XXBT.M||BTC|BTC|SPELLING",
            "SOL2.S||SOL|SOL|SPELLING",
            "IMO.S||IMO|Others|UNKNOWN",
    })
    void otherSpellingsOfKnownCoins(String ticker, String name, String coin, String group, Basis basis) {
        assertClassified(classify(ticker, name, null), coin, group, basis);
    }

    @Test
    void explanationsSayHowTheSpellingWasRecognised() {
        assertThat(classify("DOT2", "Polkadot", null).explanation())
                .isEqualTo("CoinTracking suffix 2 of DOT (name 'Polkadot' agrees)");
        assertThat(classify("XXBT", null, null).explanation()).isEqualTo("XXBT is another name of BTC");
        assertThat(classify("DOT.S", null, null).explanation()).isEqualTo("Kraken staking suffix .S of DOT");
        assertThat(classify("ETH2.S", null, null).explanation())
                .isEqualTo("Kraken staking suffix .S of ETH2 is another name of ETH");
    }

    /**
     * Regression, found in the real export: CoinTracking suffixes a ticker because the bare ticker is another
     * coin, and without a name only the prices tell. LUNA2 (Terra Classic, 0.000058 USD) and LUNA3 (Terra,
     * 0.147 USD) were both taken for the LUNA held beside them (1.22 USD), and WAL3 (Walrus, 0.39 USD) for a
     * WAL priced 0.00006 USD, so the local price book mixed coins whose prices differ a thousandfold.
     */
    @ParameterizedTest(name = "{0} at {1} USD beside {2} at {3} USD: {4} in {5}")
    @CsvSource({
            "LUNA2, 0.000058,  LUNA, 1.22,     LUNA2, Others",
            "LUNA3, 0.1474,    LUNA, 1.22,     LUNA3, Others",
            "WAL3,  0.3931,    WAL,  0.00006,  WAL3,  Others",
            "SOL2,  187.24,    SOL,  187.10,   SOL,   SOL",
            "SOL2,  100,       SOL,  200,      SOL,   SOL",
            "SOL2,  400,       SOL,  200,      SOL,   SOL",
            "SOL2,  99.99,     SOL,  200,      SOL2,  Others",
            "SOL2,  400.01,    SOL,  200,      SOL2,  Others",
    })
    void suffixedTickerPricedUnlikeTheBareTickerIsNotTakenForIt(String ticker, String price, String bare,
                                                                 String barePrice, String coin, String group) {
        Classification classification = classify(ticker, null, price, bare, barePrice);
        assertThat(classification.coin().symbol()).isEqualTo(coin);
        assertThat(classification.group().name()).isEqualTo(group);
    }

    @Test
    void withoutBothPricesOrWithAnAgreeingNameTheSuffixIsStripped() {
        assertClassified(classify("HEI2", null, "0.45"), "HEI", "L1/L0 majors", Basis.SPELLING);
        assertClassified(classify("HEI2", null, null, "HEI", "0.01"), "HEI", "L1/L0 majors", Basis.SPELLING);
        assertClassified(classify("DOT2", "Polkadot", "3.77", "DOT", "0.01"), "DOT", "L1/L0 majors", Basis.SPELLING);
    }
}
