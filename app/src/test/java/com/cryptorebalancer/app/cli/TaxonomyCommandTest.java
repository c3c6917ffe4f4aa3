package com.cryptorebalancer.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyCommandTest {

    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return CliRun.run(dataDir, args);
    }

    @Test
    void setAliasPersistsAcrossInvocations() {
        CliRun before = run("taxonomy", "show", "ZYPHR");
        CliRun set = run("taxonomy", "set-alias", "ZYPHR", "defi");
        CliRun after = run("taxonomy", "show", "zyphr");

        assertThat(before.out()).contains("group:        Others", "basis:        unknown");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).isEqualTo("ZYPHR is now in DeFi (saved in H2 (file "
                + dataDir.toAbsolutePath().resolve("rebalancer") + ".mv.db))\n");
        assertThat(after.out()).contains("coin:         ZYPHR", "group:        DeFi", "basis:        override",
                "explanation:  assigned to DeFi by you");
        assertThat(Files.exists(dataDir.resolve("taxonomy.json"))).as("changes live in the database now").isFalse();
    }

    @Test
    void theTaxonomyFileOfAnEarlierVersionIsMovedIntoTheDatabaseOnce() throws IOException {
        Files.writeString(dataDir.resolve("taxonomy.json"), "{\"version\": 1, \"aliases\": {\"ZYPHR\": \"DeFi\"}}", UTF_8);

        assertThat(run("taxonomy", "show", "ZYPHR").out()).contains("group:        DeFi", "basis:        override");

        Files.writeString(dataDir.resolve("taxonomy.json"), "{\"version\": 1, \"aliases\": {\"ZYPHR\": \"Memecoins\"}}", UTF_8);
        assertThat(run("taxonomy", "show", "ZYPHR").out()).as("read once, never again").contains("group:        DeFi");
    }

    @Test
    void anAssignedTickerMovesGroupInThePlan() throws IOException {
        run("taxonomy", "set-alias", "ZYPHR", "DeFi");

        JsonNode plan = new ObjectMapper().readTree(run("plan", "--format", "json").out());

        assertThat(plan.path("unknown_aliases")).extracting(u -> u.path("symbol").asText()).containsExactly("KORU");
    }

    @Test
    void showExplainsSpellingsWithTheName() {
        CliRun run = run("taxonomy", "show", "SOL2", "--name", "Solana");

        assertThat(run.out()).isEqualTo("ticker:       SOL2 (\"Solana\")\ncoin:         SOL\ngroup:        SOL\n"
                + "basis:        spelling\nexplanation:  CoinTracking suffix 2 of SOL (name 'Solana' agrees)\n");
    }

    @Test
    void groupsCanBeAddedMovedAndListedAndLocationKindsSet() throws IOException {
        assertThat(run("taxonomy", "add-group", "RWA").out()).startsWith("added group RWA at position 11 of 12");
        assertThat(run("taxonomy", "move-group", "rwa", "--position", "3").out()).startsWith("moved group RWA to position 3 of 12");
        assertThat(run("taxonomy", "set-alias", "ONDO", "RWA").exitCode()).isZero();
        assertThat(run("taxonomy", "set-location-kind", "Vsync", "software-wallet").out())
                .startsWith("location 'Vsync' is now of kind software_wallet (software wallet)");

        CliRun table = run("taxonomy", "list");
        JsonNode listing = new ObjectMapper().readTree(run("taxonomy", "list", "--format", "json").out());

        assertThat(table.out()).containsPattern("(?m)^   3  RWA +1$").containsPattern("(?m)^  ONDO +RWA$")
                .containsPattern("(?m)^  vsync +software_wallet$");
        assertThat(listing.path("groups").get(2).path("group").asText()).isEqualTo("RWA");
        assertThat(listing.path("your_aliases").path("ONDO").asText()).isEqualTo("RWA");
        assertThat(listing.path("your_location_kinds").path("vsync").asText()).isEqualTo("software_wallet");
    }

    @Test
    void aLocationKindYouSetIsUsedByTheNextImport() throws IOException {
        run("taxonomy", "set-location-kind", "Manually", "hardware_wallet");

        JsonNode view = new ObjectMapper().readTree(run("groups", "--format", "json").out());

        assertThat(view.path("locations")).filteredOn(l -> l.path("location").asText().equals("Manually"))
                .singleElement().satisfies(l -> assertThat(l.path("kind").asText()).isEqualTo("hardware_wallet"));
    }

    @Test
    void removeAliasFallsBackToTheDefaultRules() {
        run("taxonomy", "set-alias", "DOGE", "Others");
        CliRun removed = run("taxonomy", "remove-alias", "DOGE");

        assertThat(removed.out()).startsWith("removed your assignment of DOGE; it is now in Memecoins (alias)");
        CliRun again = run("taxonomy", "remove-alias", "DOGE");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: DOGE has no assignment of yours to remove\n");
    }

    @Test
    void mistakesAreOneErrorLineWithExitCode2() throws IOException {
        assertThat(run("taxonomy", "set-alias", "XYZ", "Metaverse").err()).startsWith("error: unknown group 'Metaverse'");
        assertThat(run("taxonomy", "set-location-kind", "Vsync", "cold").err())
                .startsWith("error: Invalid value for positional parameter at index 1 (KIND): unknown location kind 'cold'");
        assertThat(run("taxonomy", "move-group", "DeFi", "--position", "99").err())
                .isEqualTo("error: position must be between 1 and 11, was 99\n");
        assertThat(run("taxonomy").err()).startsWith("error: missing subcommand: list, show");

    }

    @Test
    void aCorruptTaxonomyFileOfAnEarlierVersionIsNamedAndNotMoved() throws IOException {
        Files.writeString(dataDir.resolve("taxonomy.json"), "{\"version\": 1,\n \"aliases\": [] }", UTF_8);

        CliRun corrupt = run("taxonomy", "list");

        assertThat(corrupt.exitCode()).isEqualTo(2);
        assertThat(corrupt.err()).isEqualTo("error: " + dataDir.resolve("taxonomy.json")
                + ": line 2, column 13: \"aliases\" must be an object of strings, found an array\n");
        assertThat(run("plan").err()).as("tried again, and refused again").startsWith("error: " + dataDir.resolve("taxonomy.json"));
    }
}
