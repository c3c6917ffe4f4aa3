package com.cryptorebalancer.domain.taxonomy;

import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.assertClassified;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Classification.Basis;
import com.cryptorebalancer.domain.testdata.RealExportTestData;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every distinct ticker of the real export, classified as a portfolio does (with the export's own prices). */
class RealExportClassificationTest {

    private static final Map<String, Classification> BY_TICKER = classifyTheExport();

    private static Map<String, Classification> classifyTheExport() {
        Map<String, Classification> byTicker = new TreeMap<>();
        for (Position position : Portfolio.classify(RealExportTestData.holdings(), Taxonomy.defaults()).positions()) {
            byTicker.put(position.holding().asset().symbol(), position.classification());
        }
        return byTicker;
    }

    static Stream<String> tickersOfTheExport() {
        return RealExportTestData.tickers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickersOfTheExport")
    void everyTickerIsClassifiedIntoADefaultGroupAndOnlyTheUnknownAreInOthersByDefault(String ticker) {
        Classification classification = BY_TICKER.get(ticker);
        assertThat(Taxonomy.DEFAULT_GROUPS).contains(classification.group());
        assertThat(classification.explanation()).isNotBlank();
        if (classification.isUnknown()) {
            assertThat(classification.group()).isEqualTo(Group.OTHERS);
            assertThat(classification.coin().symbol()).isEqualTo(ticker);
        }
    }

    @Test
    void theExportHasTwoHundredThirtySevenTickers() {
        assertThat(BY_TICKER).hasSize(237);
    }

    @ParameterizedTest(name = "{0} is {1} in {2} by {3}")
    @CsvSource(delimiter = '|', value = {
            "SOL2|SOL|SOL|SPELLING",
            "DOT2|DOT|L1/L0 majors|SPELLING",
            "ATOM2|ATOM|L1/L0 majors|SPELLING",
            "PEPE4|PEPE|Memecoins|SPELLING",
            "TAO6|TAO|AI/Data|SPELLING",
            "POL3|POL|L2/Scaling|SPELLING",
            "S5|S|L1/L0 majors|SPELLING",
            "HEI2|HEI|L1/L0 majors|SPELLING",
            "MIOTA|IOTA|L1/L0 majors|SPELLING",
            "TONCOIN|TON|L1/L0 majors|SPELLING",
            "JITOSOL|JITOSOL|SOL|ALIAS",
            "JUPSOL|JUPSOL|SOL|ALIAS",
            "WSTETH|WSTETH|ETH|ALIAS",
            "STETH|STETH|ETH|ALIAS",
            "RETH|RETH|ETH|ALIAS",
            "TBTC|TBTC|BTC|ALIAS",
            "BUSD|BUSD|Stablecoins|ALIAS",
            "FDUSD|FDUSD|Stablecoins|ALIAS",
            "USDT|USDT|Stablecoins|ALIAS",
            "EUR|EUR|Stablecoins|ALIAS",
            "USD|USD|Stablecoins|ALIAS",
            "USTC|USTC|Others|ALIAS",
            "TOWNS|TOWNS|Others|ALIAS",
            "CBXRP|CBXRP|L1/L0 majors|PATTERN",
            "LUNA2|LUNA2|Others|UNKNOWN",
            "LUNA3|LUNA3|Others|UNKNOWN",
            "WAL3|WAL3|Others|UNKNOWN",
            "IMO|IMO|Others|UNKNOWN",
            "4BELT|4BELT|Others|UNKNOWN",
    })
    void representativeTickers(String ticker, String coin, String group, Basis basis) {
        assertClassified(BY_TICKER.get(ticker), coin, group, basis);
    }
}
