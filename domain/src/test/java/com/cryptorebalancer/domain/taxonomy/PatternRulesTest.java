package com.cryptorebalancer.domain.taxonomy;

import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.assertClassified;
import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.classify;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.taxonomy.Classification.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Safe pattern rules for coins missing from the alias table, through the taxonomy. */
class PatternRulesTest {

    @ParameterizedTest(name = "{0} ({1}) at {2} USD is a stablecoin: {3}")
    @CsvSource(delimiter = '|', value = {
            // a fiat-backed ticker or name, priced within 2 % of 1 USD (bounds included)
            "USDX||1.00|true",
            "XUSD||0.98|true",
            "ZUSDQ||1.02|true",
            "USDX||0.9999|true",
            "FOO|Foo Dollar|1.001|true",
            "BAR|Bar Stable|0.985|true",
            "BAZ|Baz USD|1.019|true",
            // priced off the peg
            "USDX||0.95|false",
            "USDX||1.05|false",
            "USDX||0.9799|false",
            "USDX||1.0201|false",
            "FOO|Foo Dollar|0.5|false",
            // no price: no evidence
            "USDX|||false",
            "FOO|Foo Dollar||false",
            // priced at 1 USD but nothing says fiat (4BELT in the real export is such a coin)
            "4BELT||1.0098|false",
            "JMPT|JumpToken|1.00|false",
    })
    void fiatBackedTickerOrNamePricedAtOneUsdIsAStablecoin(String ticker, String name, String price, boolean stable) {
        Classification classification = classify(ticker, name, price);
        if (stable) {
            assertClassified(classification, ticker, "Stablecoins", Basis.PATTERN);
            assertThat(classification.explanation()).endsWith(" USD, within 2 % of 1 USD");
        } else {
            assertClassified(classification, ticker, "Others", Basis.UNKNOWN);
        }
    }

    @Test
    void stablecoinExplanationSaysWhatWasFiatAndThePrice() {
        assertThat(classify("USDX", null, "0.999").explanation())
                .isEqualTo("fiat-backed ticker priced 0.999 USD, within 2 % of 1 USD");
        assertThat(classify("FOO", "Foo Dollar", "1.01").explanation())
                .isEqualTo("fiat-backed name priced 1.01 USD, within 2 % of 1 USD");
    }

    @ParameterizedTest(name = "{0} ({1}) at {2} beside {3} at {4}: {5} in {6}")
    @CsvSource(delimiter = '|', value = {
            // name evidence: wrapped, staked, bridged, restaked, liquid staking
            "WAVAX|Wrapped AVAX||||L1/L0 majors|PATTERN",
            "STAVAX|BENQI Liquid Staked AVAX||||L1/L0 majors|PATTERN",
            "WBNB|Wrapped BNB||||L1/L0 majors|PATTERN",
            "CBDOGE|Coinbase Wrapped DOGE||||Memecoins|PATTERN",
            "WSTATOM|Wrapped Staked ATOM||||L1/L0 majors|PATTERN",
            "LINK.E|Chainlink Token (Bridged)||||DeFi|PATTERN",
            // price evidence: 0.75x to 1.5x the known coin held beside it
            "STAVAX||27.50|AVAX|24.00|L1/L0 majors|PATTERN",
            "WSOL||187.20|SOL|187.24|SOL|PATTERN",
            "CBXRP||2.917|XRP|2.88|L1/L0 majors|PATTERN",
            "WNEAR||1.80|NEAR|2.40|L1/L0 majors|PATTERN",
            "WNEAR||3.60|NEAR|2.40|L1/L0 majors|PATTERN",
            // no evidence, or evidence against
            "WAVAX|||||Others|UNKNOWN",
            "WAVAX||24.00|||Others|UNKNOWN",
            "STAVAX||50.00|AVAX|24.00|Others|UNKNOWN",
            "WNEAR||1.79|NEAR|2.40|Others|UNKNOWN",
            "WNEAR||3.61|NEAR|2.40|Others|UNKNOWN",
            "WAVAX|Avalanche Meme Token||||Others|UNKNOWN",
            // the base must be a known coin of three letters or more
            "WXYZ|Wrapped XYZ||||Others|UNKNOWN",
            "WOP|Wrapped OP||||Others|UNKNOWN",
    })
    void wrappedStakedOrBridgedVariantOfAKnownCoinNeedsNameOrPriceEvidence(String ticker, String name, String price,
            String base, String basePrice, String group, Basis basis) {
        Classification classification = base == null
                ? classify(ticker, name, price)
                : classify(ticker, name, price, base, basePrice);
        assertClassified(classification, ticker, group, basis);
    }

    @Test
    void variantExplanationNamesTheCoinAndTheEvidence() {
        assertThat(classify("WAVAX", "Wrapped AVAX", null).explanation()).isEqualTo("variant of AVAX (name 'Wrapped AVAX')");
        assertThat(classify("STAVAX", null, "27.50", "AVAX", "24").explanation())
                .isEqualTo("variant of AVAX (priced at 1.15x the coin)");
    }

    @Test
    void aStakingSuffixIsLookedThroughAndTheCoinIsTheBareTicker() {
        assertClassified(classify("USDX.S", null, "1.00"), "USDX", "Stablecoins", Basis.PATTERN);
        assertClassified(classify("IMO.F", null, "1.46"), "IMO", "Others", Basis.UNKNOWN);
    }
}
