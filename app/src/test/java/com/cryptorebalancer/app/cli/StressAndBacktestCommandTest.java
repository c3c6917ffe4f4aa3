package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rebalancer stress} and {@code rebalancer backtest} end to end on real closes in the embedded database. */
class StressAndBacktestCommandTest {

    @TempDir
    Path dataDir;

    private Path holdings;

    @BeforeEach
    void storeHistoryAndHoldings() throws IOException {
        Path daily = Path.of(System.getProperty("shared.dir"), "data/prices/daily");
        for (String coin : new String[] {"BTC", "ETH"}) {
            assertThat(CliRun.run(dataDir, "prices", "import", daily.resolve(coin + "-USD_1d.csv").toString()).exitCode()).isZero();
        }
        holdings = dataDir.resolve("holdings.csv");
        Files.writeString(holdings, "symbol,location,amount,value_usd\nBTC,Kraken,1,60000\nETH,Kraken,10,40000\n");
    }

    @Test
    void theFtxCollapseOnBtcAndEthIsTheirWeightedMoveAndAShockIsExactInUsd() throws IOException {
        CliRun run = CliRun.run(dataDir, "stress", "--input", holdings.toString(), "--episode", "ftx-2022",
                "--shock", "BTC=-30%", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode view = new ObjectMapper().readTree(run.out());
        JsonNode ftx = view.path("episodes").get(0);
        assertThat(ftx.path("id").asText()).isEqualTo("ftx-2022");
        // BTC 21,282.69 -> 15,787.28 and ETH 1,627.97 -> 1,108.35 (the shared closes of 2022-11-05 and 2022-11-21)
        double btc = 15787.2841796875 / 21282.69140625 - 1;
        double eth = 1108.35302734375 / 1627.968017578125 - 1;
        assertThat(ftx.path("portfolio_change").asDouble()).isCloseTo(0.6 * btc + 0.4 * eth, within(1e-9));
        assertThat(ftx.path("covered_share").asDouble()).isEqualTo(1.0);
        assertThat(view.path("shocks").path("change_usd").asText()).isEqualTo("-18000.00");

        CliRun unknown = CliRun.run(dataDir, "stress", "--input", holdings.toString(), "--episode", "crash-2030");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("crash-2030");
    }

    @Test
    void strategiesSideBySideWithTheirFiguresAndCostsAndBadTargetsRefused() throws IOException {
        CliRun run = CliRun.run(dataDir, "backtest", "--input", holdings.toString(), "--targets", "BTC=60,ETH=40",
                "--strategy", "buy-and-hold,monthly", "--from", "2020-01-01", "--to", "2024-12-31", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode view = new ObjectMapper().readTree(run.out());
        assertThat(view.path("strategies")).hasSize(2);
        JsonNode hold = view.path("strategies").get(0);
        JsonNode monthly = view.path("strategies").get(1);
        assertThat(hold.path("strategy").asText()).isEqualTo("buy-and-hold");
        // worked out independently in python3 on the shared closes (no costs): 10,000 in 60/40 on 2020-01-01
        assertThat(hold.path("final_value_usd").asText()).isEqualTo("179766.51");
        assertThat(monthly.path("final_value_usd").asText()).isEqualTo("201155.61");
        assertThat(monthly.path("risk").path("periods_per_year").asInt()).isEqualTo(365);
        assertThat(monthly.path("risk").path("max_drawdown").asDouble()).isNegative();

        CliRun table = CliRun.run(dataDir, "backtest", "--input", holdings.toString(), "--targets", "BTC=60,ETH=40",
                "--strategy", "monthly", "--fee-bps", "10");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).containsPattern("monthly +[0-9,.]+ +[0-9.]+ %");

        CliRun bad = CliRun.run(dataDir, "backtest", "--input", holdings.toString(), "--targets", "BTC=60,ETH=30");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("100");
    }
}
