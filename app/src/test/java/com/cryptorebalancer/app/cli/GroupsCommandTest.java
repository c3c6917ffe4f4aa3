package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void realExportListsUnknownAliasesLargestFirst() throws IOException {
        CliRun run = CliRun.run(dataDir, "groups", "--input", CliRun.realExport().toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode view = new ObjectMapper().readTree(run.out());
        List<BigDecimal> unknown = new ArrayList<>();
        view.path("unknown_aliases").forEach(u -> unknown.add(new BigDecimal(u.path("usd").asText())));
        assertThat(unknown).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(view.path("unknown_aliases").get(0).path("symbol").asText()).isEqualTo("IMO");
        assertThat(view.path("excluded").path("negative_balance").path("holdings").asInt()).isPositive();
        assertThat(view.path("imports").get(0).path("rows_read").asInt()).isEqualTo(306);
    }

    @Test
    void realExportTableShowsGroupsLocationsUnknownsExclusionsAndImport() {
        CliRun run = CliRun.run(dataDir, "groups", "--input", CliRun.realExport().toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("inputs:  " + CliRun.realExport())
                .containsPattern("(?m)^  BTC +[0-9,]+\\.\\d\\d +\\d+\\.\\d\\d$")
                .containsPattern("(?m)^  Ledger Wallets +hardware_wallet +[0-9,.]+ ")
                .containsPattern("(?m)^  IMO +- +3,543\\.24 ")
                .contains("more coins", "negative_balance", "(cointracking-balance-by-exchange): 306 rows read");
        assertThat(run.out().indexOf("  IMO ")).isLessThan(run.out().indexOf("  BNKR "));
    }

    @Test
    void demoGroupsSayTheyAreTheDemo() {
        CliRun table = CliRun.run(dataDir, "groups");
        CliRun json = CliRun.run(dataDir, "groups", "--format", "json");

        assertThat(table.out()).contains("inputs:  demo portfolio (bundled demo-portfolio-2025-08-26.csv), since no --input was given");
        assertThat(json.err()).contains("note: no --input given: using the demo portfolio (bundled demo-portfolio-2025-08-26.csv)");
        assertThat(json.out()).startsWith("{\n  \"total_usd\" : \"150260.39\",");
    }

    @Test
    void csvIsNotAFormatOfGroups() {
        CliRun run = CliRun.run(dataDir, "groups", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Invalid value for option '--format': 'csv' is not a format here; "
                + "expected table or json (see 'rebalancer groups --help')\n");
    }
}
