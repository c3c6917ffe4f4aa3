package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rebalancer suggest} end to end on real closes imported into the embedded database. */
class SuggestCommandTest {

    @TempDir
    Path dataDir;

    private Path portfolio() throws IOException {
        Path daily = Path.of(System.getProperty("shared.dir"), "data/prices/daily");
        for (String coin : new String[] {"BTC", "ETH", "SOL", "DOGE"}) {
            assertThat(CliRun.run(dataDir, "prices", "import", daily.resolve(coin + "-USD_1d.csv").toString()).exitCode()).isZero();
        }
        Path holdings = dataDir.resolve("holdings.csv");
        Files.writeString(holdings, "symbol,location,amount,value_usd\nBTC,Kraken,1,50000\nETH,Kraken,10,30000\n"
                + "SOL,Kraken,50,10000\nDOGE,Kraken,10000,5000\nUSDC,Kraken,5000,5000\n");
        return holdings;
    }

    @Test
    void aCappedRiskParitySuggestionAddsUpTo100AndIsSavedAsAProfile() throws IOException {
        Path holdings = portfolio();

        CliRun run = CliRun.run(dataDir, "suggest", "--input", holdings.toString(), "--method", "risk-parity",
                "--end", "2025-02-20", "--cap", "Memecoins=3", "--save-as", "risk parity 2025", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode view = new ObjectMapper().readTree(run.out());
        assertThat(view.path("method").asText()).isEqualTo("risk-parity");
        assertThat(view.path("window_end").asText()).isEqualTo("2025-02-20");
        assertThat(view.path("periods_per_year").asInt()).isEqualTo(365);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode target : view.path("targets")) {
            sum = sum.add(target.decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("100");
        assertThat(view.path("targets").path("Memecoins").decimalValue()).isEqualByComparingTo("3");
        // the stablecoins have no stored history: left out, and the share covered says so (95 of 100)
        assertThat(view.path("left_out").get(0).path("name").asText()).isEqualTo("Stablecoins");
        assertThat(view.path("covered_percent").asText()).isEqualTo("95.00");
        assertThat(run.err()).contains("saved as target profile #1 \"risk parity 2025\"");
    }

    @Test
    void unknownMethodsAndUnreadableBoundsAreRefusedWithExitCode2() throws IOException {
        Path holdings = portfolio();

        CliRun method = CliRun.run(dataDir, "suggest", "--input", holdings.toString(), "--method", "max-return");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("max-return");
        CliRun cap = CliRun.run(dataDir, "suggest", "--input", holdings.toString(), "--method", "min-variance", "--cap", "Memecoins");
        assertThat(cap.exitCode()).isEqualTo(2);
        assertThat(cap.err()).contains("Invalid value for option '--cap'").contains("'Memecoins': expected GROUP=PERCENT");
        CliRun twice = CliRun.run(dataDir, "suggest", "--input", holdings.toString(), "--method", "min-variance",
                "--cap", "Memecoins=5", "--cap", "memecoins=3,DeFi=4");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("--cap names memecoins twice");
        CliRun table = CliRun.run(dataDir, "suggest", "--input", holdings.toString(), "--method", "min-variance", "--end", "2025-02-20");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("Suggested targets (min-variance, by groups)").containsPattern("volatility: \\d+\\.\\d\\d % a year");
    }
}
