package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.holding;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.valueByLocation;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CoinTracking's Balance by Exchange export, first of all the real one in the shared data. */
class BalanceByExchangeImportTest {

    private static ImportedHoldings real;

    @BeforeAll
    static void importTheRealExport() {
        Path export = Path.of(System.getProperty("shared.dir"), "data/cointracking/balance-by-exchange-2025-08-26.csv");
        real = load(ImportFixtures.file(export), STRICT);
    }

    /**
     * The file has 307 physical lines: the header and 306 rows, the last without a line break (so
     * {@code wc -l} says 306, and the data README says "305 rows"). The last row (VSX at Vsync, 32.90 USD)
     * is in every total the README and the import brief give, so all 306 rows are imported.
     */
    @Test
    void everyRowOfTheRealExportIsImportedIncludingTheLastWithoutALineBreak() {
        ImportReport report = real.report();
        assertThat(report.format()).isEqualTo("cointracking-balance-by-exchange");
        assertThat(report.rowsRead()).isEqualTo(306);
        assertThat(report.rowsAccepted()).isEqualTo(306);
        assertThat(report.rowsSkipped()).isZero();
        assertThat(report.skippedByReason()).isEmpty();
        assertThat(report.problems()).isEmpty();
        assertThat(holding(real, "VSX", "Vsync").value().value()).isEqualByComparingTo("32.90");
    }

    @Test
    void negativeBalancesAreKeptAndCounted() {
        ImportReport report = real.report();
        assertThat(report.negativeRows()).isEqualTo(21);
        assertThat(report.negativeUsd().value()).isEqualByComparingTo("-2761.08");
        assertThat(real.holdings().stream().filter(Holding::isNegative)).hasSize(21);
    }

    @Test
    void usdTotalsOfTheRealExportAddUp() {
        assertThat(real.report().usdRead().value()).isEqualByComparingTo("420893.96");
        assertThat(real.report().usdAccepted().value()).isEqualByComparingTo("420893.96");
    }

    @Test
    void theDateInTheFileNameIsTheValuationTime() {
        assertThat(real.report().asOf()).isEqualTo(Instant.parse("2025-08-26T00:00:00Z"));
        assertThat(real.report().asOfBasis()).isEqualTo("file name");
        assertThat(real.holdings()).filteredOn(Holding::isPriced)
                .allSatisfy(h -> assertThat(h.price().asOf()).isEqualTo(Instant.parse("2025-08-26T00:00:00Z")));
    }

    @Test
    void valuesAddUpByLocation() {
        Map<String, BigDecimal> totals = valueByLocation(real.holdings());
        assertThat(totals).hasSize(32);
        assertThat(totals).allSatisfy((name, total) -> assertThat(total)
                .as(name).isEqualByComparingTo(EXPECTED_TOTALS.get(name)));
        assertThat(totals.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_TOTALS.keySet());
    }

    @ParameterizedTest
    @CsvSource({
            "Ledger Wallets Staked, HARDWARE_WALLET",
            "Ledger Wallets, HARDWARE_WALLET",
            "Kraken Earn, EXCHANGE_EARN",
            "Binance, EXCHANGE_SPOT",
            "Solana - StepN, APP_WALLET",
            "Manually, MANUAL",
            "Metamask - BSC - Std, SOFTWARE_WALLET"})
    void locationsGetTheirKindFromTheRules(String location, LocationKind kind) {
        assertThat(real.holdings()).filteredOn(h -> h.location().name().equals(location))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.location().kind()).isEqualTo(kind));
    }

    @Test
    void aNegativeHoldingKeepsItsExactAmountValueAndPrice() {
        Holding btc = holding(real, "BTC", "Binance");
        assertThat(btc.quantity().value()).isEqualByComparingTo("-0.00008169");
        assertThat(btc.value().value()).isEqualByComparingTo("-8.97");
        assertThat(btc.price().usd()).isEqualByComparingTo(new BigDecimal("-8.97").divide(new BigDecimal("-0.00008169"),
                com.cryptorebalancer.domain.money.Decimals.MC));
        assertThat(btc.price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(btc.coinName()).isNull();
    }

    @Test
    void suffixedTickersAreKeptAsTheExportSpellsThem() {
        assertThat(holding(real, "ANC2", "Anchor").quantity().value()).isEqualByComparingTo("605");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameExportSpelledDifferently")
    void theFormatIsFoundFromTheContentWhateverTheSpelling(String spelling, String content) {
        ImportedHoldings imported = load(text("export.txt", content), STRICT);

        assertThat(imported.report().format()).isEqualTo("cointracking-balance-by-exchange");
        Holding btc = holding(imported, "BTC", "Binance");
        assertThat(btc.quantity().value()).isEqualByComparingTo("-0.00008169");
        assertThat(btc.value().value()).isEqualByComparingTo("-8.97");
        assertThat(holding(imported, "AAVE", "Binance").value().value()).isEqualByComparingTo("5555.24");
    }

    static Stream<Arguments> sameExportSpelledDifferently() {
        String rows = "\"-0.00008169\",\"BTC\",\"-8.97\",\"-0.00008169\",\"Binance\"\r\n"
                + "\"16.81404761\",\"AAVE\",\"5555.24\",\"0.05058383\",\"Binance\"\r\n";
        String header = "\"Amount\",\"Currency\",\"Current value in USD\",\"Current value in BTC\",\"Exchange\"\r\n";
        return Stream.of(
                Arguments.of("with a byte-order mark", "\uFEFF" + header + rows),
                Arguments.of("without a byte-order mark", header + rows),
                Arguments.of("semicolons", (header + rows).replace("\",\"", "\";\"")),
                Arguments.of("unquoted, other case, LF", (header + rows).replace("\"", "").replace("\r\n", "\n")
                        .replace("Current value in USD", "CURRENT VALUE IN USD")),
                Arguments.of("columns reordered", "Exchange,Currency,Amount,Current value in USD\n"
                        + "Binance,BTC,-0.00008169,-8.97\nBinance,AAVE,16.81404761,5555.24\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"export.csv", "export.json", "export"})
    void theFileNameExtensionDoesNotDecideTheFormat(String fileName) {
        String content = "\"Amount\",\"Currency\",\"Current value in USD\",\"Current value in BTC\",\"Exchange\"\n"
                + "\"1\",\"ETH\",\"2500\",\"0.02\",\"Kraken\"\n";

        assertThat(load(text(fileName, content), STRICT).report().format()).isEqualTo("cointracking-balance-by-exchange");
    }

    private static final Map<String, BigDecimal> EXPECTED_TOTALS = Map.ofEntries(
            Map.entry("Anchor", new BigDecimal("1.79")),
            Map.entry("Binance", new BigDecimal("32809.09")),
            Map.entry("Binance Earn", new BigDecimal("7473.39")),
            Map.entry("Bitget Earn", new BigDecimal("5720.26")),
            Map.entry("Bitget Futures", new BigDecimal("4386.90")),
            Map.entry("Bitget Margin", new BigDecimal("1.33")),
            Map.entry("Bitget Spot", new BigDecimal("275.97")),
            Map.entry("Coinbase", new BigDecimal("0.01")),
            Map.entry("DOGE Transaction", new BigDecimal("933.11")),
            Map.entry("Hatom", new BigDecimal("4667.47")),
            Map.entry("Kraken", new BigDecimal("26851.61")),
            Map.entry("Kraken Earn", new BigDecimal("49310.14")),
            Map.entry("Ledger Wallets", new BigDecimal("282304.15")),
            Map.entry("Ledger Wallets Staked", new BigDecimal("-55.56")),
            Map.entry("Manually", new BigDecimal("31.22")),
            Map.entry("Metamask - BSC - SYL", new BigDecimal("1.59")),
            Map.entry("Metamask - BSC - Std", new BigDecimal("874.99")),
            Map.entry("Metamask - ETH non secure", new BigDecimal("53.57")),
            Map.entry("Metamask - Matic", new BigDecimal("4.73")),
            Map.entry("Metamask Base non secure", new BigDecimal("1819.99")),
            Map.entry("Nexus Protocol", new BigDecimal("0.02")),
            Map.entry("OKX Funding", new BigDecimal("-31.22")),
            Map.entry("Okex Funding", new BigDecimal("0.10")),
            Map.entry("Poloniex", new BigDecimal("4.99")),
            Map.entry("RON Transaction", new BigDecimal("0.53")),
            Map.entry("Signatum", new BigDecimal("3.28")),
            Map.entry("Solana - StepN", new BigDecimal("997.89")),
            Map.entry("Solana - StepN 2", new BigDecimal("204.65")),
            Map.entry("Solana - Walken Elda", new BigDecimal("0.67")),
            Map.entry("Solana - Walken Jack", new BigDecimal("1.79")),
            Map.entry("SwissBorg", new BigDecimal("2212.61")),
            Map.entry("Vsync", new BigDecimal("32.90")));
}
