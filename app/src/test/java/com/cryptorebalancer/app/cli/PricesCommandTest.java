package com.cryptorebalancer.app.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prices command and live pricing end to end, against a local stub speaking Binance's wire format
 * (prices: BTC's and ETH's real closes of 2025-02-20 from the shared daily files).
 */
class PricesCommandTest {

    private static final String TICKERS = "[{\"symbol\":\"BTCUSDT\",\"price\":\"97600.06250000\"},"
            + "{\"symbol\":\"ETHUSDT\",\"price\":\"2739.87646484\"},{\"symbol\":\"ETHBTC\",\"price\":\"0.02807000\"}]";

    @TempDir
    Path dataDir;

    private final WireMockServer binance = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        binance.start();
    }

    @AfterEach
    void stop() {
        binance.stop();
    }

    private Map<String, String> settings() {
        return Map.of("REBALANCER_DATA_DIR", dataDir.toString(), "REBALANCER_PRICE_SOURCES", "binance",
                "REBALANCER_BINANCE_BASE_URL", binance.baseUrl());
    }

    @Test
    void pricesNowShowsEachPriceWithItsSourceAndTheCoinsNoSourcePrices() {
        binance.stubFor(get(urlPathEqualTo("/api/v3/ticker/price")).willReturn(okJson(TICKERS)));

        CliRun run = CliRun.run(settings(), "prices", "now", "BTC", "ETH", "NOPE");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("BTC +97600\\.0625 +binance")
                .containsPattern("ETH +2739\\.87646484 +binance")
                .contains("no price: NOPE");
    }

    @Test
    void aSourceThatFailsIsSaidAndNoPriceIsInventedForIt() {
        binance.stubFor(get(urlPathEqualTo("/api/v3/ticker/price")).willReturn(aResponse().withStatus(503).withBody("down")));

        CliRun run = CliRun.run(settings(), "prices", "now", "BTC");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("no price: BTC").contains("warning (source_failed): binance: HTTP 503");
    }

    @Test
    void aPlanWithAutoPricingValuesTheHoldingsAtTheLivePrices() {
        binance.stubFor(get(urlPathEqualTo("/api/v3/ticker/price")).willReturn(okJson(TICKERS)));

        CliRun run = CliRun.run(settings(), "plan", "--pricing", "auto", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"pricing\" : \"auto\"").contains("\"price_source\" : \"binance\"")
                .contains("\"price_used\" : \"97600.0625\"");
    }

    @Test
    void aPlanTableWithAutoPricingSaysPerTradeWhichSourcePricedItAndWhetherItIsStale() {
        binance.stubFor(get(urlPathEqualTo("/api/v3/ticker/price")).willReturn(okJson(TICKERS)));

        CliRun run = CliRun.run(settings(), "plan", "--pricing", "auto", "--target", "BTC=50,ETH=50");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  pricing:   auto (live prices from the sources in their order")
                .contains("PRICE FROM");
        // BTC at Binance's price, fresh; the coins Binance does not quote keep the export's value, a year old: stale
        assertThat(run.out()).containsPattern("BTC +buy +[0-9,.]+ +[0-9.]+ +97600.062 +binance \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ +buy BTC")
                .containsPattern("local 2025-08-26 STALE");
        CliRun csv = CliRun.run(settings(), "plan", "--pricing", "auto", "--target", "BTC=50,ETH=50", "--format", "csv");
        assertThat(csv.out()).containsPattern("\\nBTC,BTC,buy,[0-9.]+,[0-9.]+,97600.0625,binance,[^,]+,false,");
    }

    @Test
    void groupsWithAutoPricingSaysWhereThePricesCameFromAndWarns() {
        binance.stubFor(get(urlPathEqualTo("/api/v3/ticker/price")).willReturn(okJson(TICKERS)));

        CliRun run = CliRun.run(settings(), "groups", "--pricing", "auto");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("prices: auto, 2 coin\\(s\\) at live prices, \\d+ at the export's values")
                .contains("warning (sources_disagree): BTC: binance says 97600.0625 USD, the export");
    }

    @Test
    void aBackfillIsRefusedWhileAnotherRunsOnTheSameDatabase() {
        // as a server sharing the database would have it: a job started a moment ago and still running
        try (JdbcDatabase database = JdbcDatabase.open(null, null, null, dataDir)) {
            database.backfillJobs().startUnlessRunning(365, 40, Instant.now(), Duration.ofMinutes(10), 50);
        }

        CliRun run = CliRun.run(settings(), "prices", "backfill", "--days", "3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a backfill is running on this database (job 1, 0 of 40 coins done");
        assertThat(binance.getAllServeEvents()).as("nothing asked").isEmpty();
    }

    @Test
    void aBackfillStoresTheMissingDaysAndASecondOneAsksNothingAndWorthUsesThem() throws IOException {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String[] closes = {"95539.54687500", "96635.60937500", "97600.06250000"};
        StringBuilder klines = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            long open = yesterday.minusDays(2 - i).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            klines.append(i == 0 ? "" : ",").append("[").append(open).append(",\"1\",\"1\",\"1\",\"").append(closes[i])
                    .append("\",\"1\",").append(open + 86_399_999).append(",\"1\",1,\"1\",\"1\",\"0\"]");
        }
        binance.stubFor(get(urlPathEqualTo("/api/v3/klines")).willReturn(okJson(klines.append("]").toString())));
        Path export = CliRun.realExport();

        CliRun first = CliRun.run(settings(), "prices", "backfill", "--days", "3", "--input", export.toString());
        int requests = binance.getAllServeEvents().size();
        CliRun second = CliRun.run(settings(), "prices", "backfill", "--days", "3", "--input", export.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).containsPattern("BTC +fetched +3 +3 +binance").contains("(job 1)");
        assertThat(second.out()).containsPattern("BTC +complete +0 +0").contains("(job 2)");
        assertThat(binance.getAllServeEvents()).as("nothing asked again").hasSize(requests);
        assertThat(CliRun.run(settings(), "prices", "stored").out()).containsPattern("BTC +" + yesterday.minusDays(2) + " +"
                + yesterday + " +3");

        // what 2 BTC and 1 coin without history were worth on those days, at the stored closes
        Path holdings = dataDir.resolve("holdings.csv");
        Files.writeString(holdings, "symbol,location,amount,value_usd\nBTC,Kraken,2,200000\nQWXJ,Kraken,5,10\n");
        CliRun worth = CliRun.run(settings(), "prices", "worth", "--days", "3", "--input", holdings.toString());
        assertThat(worth.exitCode()).as(worth.toString()).isZero();
        assertThat(worth.out()).contains("1 coin(s) have no stored close in these days and are left out: QWXJ")
                .containsPattern(yesterday.minusDays(2) + " +191,079.09 +1 of 2")
                .containsPattern(yesterday + " +195,200.12 +1 of 2");
        CliRun json = CliRun.run(settings(), "prices", "worth", "--days", "3", "--input", holdings.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).contains("\"day\" : \"" + yesterday + "\"").contains("\"usd\" : \"195200.12\"")
                .containsPattern("\"without_history\" : \\[\\s*\"QWXJ\"\\s*\\]");
    }
}
