package com.cryptorebalancer.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.cryptorebalancer.domain.money.Asset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasTableTest {

    private static final AliasTable DEFAULTS = AliasTable.defaults();

    /** The symbols of the shipped file, read as text, so duplicates are seen even if the loader kept one. */
    private static List<String> symbolsInTheFile() throws IOException {
        try (InputStream in = AliasTable.class.getResourceAsStream("default-aliases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@"))
                    .map(line -> line.split("\t")[0])
                    .toList();
        }
    }

    @Test
    void theDefaultTableKnowsAtLeastTwoHundredCoinsEachOnce() throws IOException {
        List<String> symbols = symbolsInTheFile();
        Map<String, Long> counts = symbols.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).allSatisfy((symbol, count) -> assertThat(count).as(symbol).isOne());
        assertThat(symbols).hasSizeGreaterThanOrEqualTo(200).hasSize(DEFAULTS.entries().size());
    }

    @Test
    void everyCoinIsInADefaultGroupAndEveryLineIsCanonical() throws IOException {
        assertThat(DEFAULTS.entries().values()).allSatisfy(entry -> {
            assertThat(Taxonomy.DEFAULT_GROUPS).as(entry.symbol().symbol()).contains(entry.group());
            assertThat(entry.names()).as(entry.symbol().symbol()).isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank());
        });
        assertThat(symbolsInTheFile()).allSatisfy(symbol -> assertThat(Asset.of(symbol).symbol()).isEqualTo(symbol));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "BTC, BTC", "WBTC, BTC", "TBTC, BTC",
            "ETH, ETH", "WETH, ETH", "STETH, ETH", "WSTETH, ETH", "RETH, ETH", "CBETH, ETH",
            "SOL, SOL", "JITOSOL, SOL", "JUPSOL, SOL", "MSOL, SOL",
            "USDT, Stablecoins", "USDC, Stablecoins", "DAI, Stablecoins", "BUSD, Stablecoins", "TUSD, Stablecoins",
            "USDP, Stablecoins", "FDUSD, Stablecoins", "PYUSD, Stablecoins", "USD, Stablecoins", "EUR, Stablecoins",
            "DOT, L1/L0 majors", "TON, L1/L0 majors", "IOTA, L1/L0 majors", "POL, L2/Scaling", "UNI, DeFi",
            "TAO, AI/Data", "GMT, Gaming/NFT", "PEPE, Memecoins", "TOWNS, Others",
    })
    void knownCoinsAreInTheirGroups(String symbol, String group) {
        assertThat(DEFAULTS.find(Asset.of(symbol))).get().extracting(AliasEntry::group).isEqualTo(Group.of(group));
    }

    @Test
    void defaultCoinsToBuyAreKnownCoinsOfTheirGroup() {
        assertThat(DEFAULTS.defaultCoins()).containsExactly(
                Map.entry(Group.of("BTC"), Asset.of("BTC")), Map.entry(Group.of("ETH"), Asset.of("ETH")),
                Map.entry(Group.of("Stablecoins"), Asset.of("USDC")), Map.entry(Group.of("SOL"), Asset.of("SOL")));
        DEFAULTS.defaultCoins().forEach((group, coin) ->
                assertThat(DEFAULTS.find(coin)).get().extracting(AliasEntry::group).isEqualTo(group));
        assertThat(DEFAULTS.defaultCoin(Group.of("Memecoins"))).isEmpty();
    }

    @Test
    void unknownTickerIsNotFound() {
        assertThat(DEFAULTS.find(Asset.of("IMO"))).isEmpty();
    }

    @Test
    void aCoinListedTwiceIsRefusedWithItsLine() {
        String table = "# comment\n\nBTC\tBTC\tBitcoin\nbtc\tOthers\n";
        assertThatIllegalStateException().isThrownBy(() -> AliasTable.parse(new BufferedReader(new StringReader(table))))
                .withMessage("default-aliases.tsv line 4: BTC is listed twice");
    }

    @Test
    void aLineWithoutAGroupIsRefusedWithTheLine() {
        assertThatIllegalStateException().isThrownBy(() -> AliasTable.parse(new BufferedReader(new StringReader("BTC Bitcoin\n"))))
                .withMessage("default-aliases.tsv line 1: expected tab-separated fields, got 'BTC Bitcoin'");
    }

    @Test
    void parsesNamesAndDefaultCoins() throws IOException {
        AliasTable table = AliasTable.parse(new BufferedReader(new StringReader(
                "@default\tBTC\tWBTC\nWBTC\tBTC\tWrapped Bitcoin|Wrapped BTC\nXYZ\tOthers\n")));
        assertThat(table.find(Asset.of("WBTC"))).get().extracting(AliasEntry::names)
                .isEqualTo(List.of("Wrapped Bitcoin", "Wrapped BTC"));
        assertThat(table.find(Asset.of("XYZ"))).get().extracting(AliasEntry::displayName).isEqualTo("XYZ");
        assertThat(table.defaultCoin(Group.of("btc"))).contains(Asset.of("WBTC"));
    }
}
