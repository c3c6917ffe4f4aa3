package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input a person can type or a file can hold that once crashed a command (exit 1, a stack trace) instead
 * of a clear exit 2: huge exponents, Jackson's own limits, coins named for the wrong group.
 */
class HostileInputTest {

    @TempDir
    Path dataDir;

    private static final String HUGE_NUMBER = "1" + "0".repeat(1_100);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--min-usd|1e999999999|min_usd is out of range",
        "--min-trade|1e-999999999|min_trade_usd is out of range",
        "--cash|1e999999999|cash_usd is out of range",
        "--target|BTC=1e999999999,ETH=0|target of BTC must be at most 100 %",
        "--target|BTC=1e-999999999,ETH=100|target of BTC has more than 10 decimals",
        "--primary|L1/L0 majors=ADA:1e999999999|weight of primary coin ADA must be at most"})
    void hugeOrTinyNumbersAreRefusedAsInvalidInput(String option, String value, String message) {
        CliRun run = CliRun.run(dataDir, "plan", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(message).hasLineCount(1);
    }

    @Test
    void aPrimaryCoinOfAnotherGroupIsRefusedNamingBoth() {
        CliRun run = CliRun.run(dataDir, "plan", "--primary", "BTC=ETH");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("primary coin ETH of BTC is in ETH");
    }

    @Test
    void aPrimaryCoinSpelledAsTheExportSpellsItIsTheCoin() {
        CliRun run = CliRun.run(dataDir, "plan", "--primary", "SOL=SOL2", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"SOL\" : {\n        \"SOL\" : \"1\"");
    }

    @Test
    void aNumberBeyondJacksonsLimitInAJsonHoldingsFileIsInvalidInputWithItsLine() throws IOException {
        Path holdings = Files.writeString(dataDir.resolve("holdings.json"),
                "[\n{\"symbol\": \"BTC\", \"location\": \"Kraken\", \"amount\": " + HUGE_NUMBER + ", \"value_usd\": 1}\n]\n");

        CliRun run = CliRun.run(dataDir, "plan", "--input", holdings.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + holdings + ": not valid JSON at line 2").hasLineCount(1);
    }

    @Test
    void aNumberBeyondJacksonsLimitInATargetsFileIsInvalidInputNamingTheFile() throws IOException {
        Path targets = Files.writeString(dataDir.resolve("targets-huge.json"), "{\"BTC\": " + HUGE_NUMBER + "}");

        CliRun run = CliRun.run(dataDir, "plan", "--targets", targets.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + targets + ": line 1").hasLineCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"BTC\": 100, \"Foo\": 0}|unknown group 'Foo'",
        "{\"BTC\": 60}|add up to 60 %",
        "{}|targets are required"})
    void anErrorAboutTargetsFromAFileNamesTheFile(String json, String message) throws IOException {
        Path targets = Files.writeString(dataDir.resolve("my-targets.json"), json);

        CliRun run = CliRun.run(dataDir, "plan", "--targets", targets.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("(targets from file " + targets + ")").hasLineCount(1);
    }

    @Test
    void aNumberBeyondJacksonsLimitInTheTaxonomyFileIsInvalidInputNamingTheFile() throws IOException {
        Path taxonomy = Files.writeString(dataDir.resolve("taxonomy.json"), "{\"version\": " + HUGE_NUMBER + "}");

        CliRun run = CliRun.run(dataDir, "groups");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(taxonomy.toString()).contains("line 1").hasLineCount(1);
    }
}
