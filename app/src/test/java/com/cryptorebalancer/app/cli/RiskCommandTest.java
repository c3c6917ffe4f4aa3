package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rebalancer risk} end to end: real closes imported into the embedded database, a small portfolio, both formats. */
class RiskCommandTest {

    @TempDir
    Path dataDir;

    private Path portfolio() throws IOException {
        Path daily = Path.of(System.getProperty("shared.dir"), "data/prices/daily");
        for (String coin : new String[] {"BTC", "ETH", "SOL"}) {
            CliRun imported = CliRun.run(dataDir, "prices", "import", daily.resolve(coin + "-USD_1d.csv").toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
        }
        Path holdings = dataDir.resolve("holdings.csv");
        // BTC, ETH and SOL with history; QWXJ without: the figures cover 90 % of the value
        Files.writeString(holdings, "symbol,location,amount,value_usd\nBTC,Kraken,1,50000\nETH,Kraken,10,30000\n"
                + "SOL,Kraken,50,10000\nQWXJ,Kraken,1000,10000\n");
        return holdings;
    }

    @Test
    void theJsonHasTheConventionsNamesAndSaysWhatItCovers() throws IOException {
        Path holdings = portfolio();

        CliRun run = CliRun.run(dataDir, "risk", "--input", holdings.toString(), "--end", "2025-02-20", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode risk = new ObjectMapper().readTree(run.out());
        assertThat(risk.path("window_start").asText()).isEqualTo("2024-02-21");
        assertThat(risk.path("window_end").asText()).isEqualTo("2025-02-20");
        assertThat(risk.path("periods_per_year").asInt()).isEqualTo(365);
        assertThat(risk.path("coverage").path("covered")).extracting(JsonNode::asText).containsExactly("BTC", "ETH", "SOL");
        assertThat(risk.path("coverage").path("without_history").get(0).asText()).isEqualTo("QWXJ");
        assertThat(risk.path("coverage").path("value_share").asDouble()).isEqualTo(0.9);
        JsonNode fixed = risk.path("fixed_weights");
        assertThat(fixed.path("observations").asInt()).isEqualTo(365);
        assertThat(fixed.path("var_95_hist").asDouble()).isNegative();
        assertThat(fixed.path("cvar_95_hist").asDouble()).isLessThanOrEqualTo(fixed.path("var_95_hist").asDouble());
        // the volatility is the sample deviation (n - 1) of the fixed-weights curve's daily returns, times √365
        JsonNode curve = risk.path("curves").path("fixed_weights");
        double[] returns = new double[curve.size() - 1];
        for (int t = 1; t < curve.size(); t++) {
            returns[t - 1] = curve.get(t).asDouble() / curve.get(t - 1).asDouble() - 1;
        }
        double mean = Arrays.stream(returns).average().orElseThrow();
        double variance = Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum() / (returns.length - 1);
        assertThat(fixed.path("annualised_volatility").asDouble()).isCloseTo(Math.sqrt(variance * 365), within(1e-12));
        assertThat(risk.path("correlation").path("matrix").get(0).get(0).asDouble()).isEqualTo(1.0);
        assertThat(risk.path("curves").path("days").size()).isEqualTo(366);
        assertThat(run.err()).as("with --input there is nothing to note beside the JSON").isEmpty();
    }

    @Test
    void theTableNamesMethodAndWindowAndBadOptionsAreRefusedWithExitCode2() throws IOException {
        Path holdings = portfolio();

        CliRun table = CliRun.run(dataDir, "risk", "--input", holdings.toString(), "--end", "2025-02-20");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("window:   2024-02-21 to 2025-02-20, daily simple returns, 365 periods a year")
                .contains("the figures cover 90.0 % of the portfolio's value (3 of 4 coins)")
                .containsPattern("1-day VaR 95 %, historical +-\\d+\\.\\d\\d % +-\\d+\\.\\d\\d %")
                .containsPattern("BTC +\\d+\\.\\d\\d % +\\d+\\.\\d\\d %");

        CliRun tooShort = CliRun.run(dataDir, "risk", "--input", holdings.toString(), "--window-days", "1");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("window_days must be 2 to 3650, was 1");
        CliRun badDay = CliRun.run(dataDir, "risk", "--end", "2025-02-30");
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(badDay.err()).contains("'2025-02-30' is not a day written YYYY-MM-DD");
    }
}
