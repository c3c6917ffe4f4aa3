package com.cryptorebalancer.adapter.out.persistence.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTaxonomyOverridesFileTest {

    @TempDir
    Path dataDir;

    private JsonTaxonomyOverridesFile store() {
        return new JsonTaxonomyOverridesFile(dataDir);
    }

    private static TaxonomyOverrides someOverrides() {
        List<Group> order = new ArrayList<>(Taxonomy.DEFAULT_GROUPS);
        order.add(order.size() - 1, Group.of("RWA"));
        return TaxonomyOverrides.NONE
                .withGroupOrder(order)
                .withAlias(Asset.of("XYZ"), Group.of("DeFi"))
                .withAlias(Asset.of("ONDO"), Group.of("RWA"))
                .withLocationKind("Vsync", LocationKind.SOFTWARE_WALLET);
    }

    private Path write(String json) throws IOException {
        Path file = dataDir.resolve("taxonomy.json");
        Files.writeString(file, json, UTF_8);
        return file;
    }

    @Test
    void missingFileMeansNoOverrides() {
        assertThat(store().loadOverrides()).isEqualTo(TaxonomyOverrides.NONE);
    }

    @Test
    void missingDataDirectoryMeansNoOverrides() {
        assertThat(new JsonTaxonomyOverridesFile(dataDir.resolve("not/yet")).loadOverrides())
                .isEqualTo(TaxonomyOverrides.NONE);
    }

    @Test
    void savedOverridesLoadBackEqual() {
        TaxonomyOverrides overrides = someOverrides();
        store().saveOverrides(overrides);
        assertThat(store().loadOverrides()).isEqualTo(overrides);
    }

    @Test
    void fileHasTheDocumentedShapeWithSnakeCaseKeysAndKindCodes() throws IOException {
        store().saveOverrides(someOverrides());
        String json = Files.readString(dataDir.resolve("taxonomy.json"), UTF_8);
        assertThat(json)
                .startsWith("{\n  \"version\" : 1,\n  \"aliases\" : {\n")
                .contains("\"ONDO\" : \"RWA\"", "\"XYZ\" : \"DeFi\"", "\"group_order\" : [ \"BTC\", \"ETH\"",
                        "\"RWA\", \"Others\" ]", "\"location_kinds\" : {\n    \"vsync\" : \"software_wallet\"")
                .endsWith("}\n")
                .doesNotContain("\r");
    }

    @Test
    void saveCreatesTheDataDirectoryAndLeavesNoTemporaryFiles() throws IOException {
        Path nested = dataDir.resolve("a/b");
        JsonTaxonomyOverridesFile store = new JsonTaxonomyOverridesFile(nested);
        store.saveOverrides(someOverrides());
        store.saveOverrides(someOverrides().withoutAlias(Asset.of("XYZ")));
        try (Stream<Path> files = Files.list(nested)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taxonomy.json");
        }
        assertThat(store.loadOverrides().aliases()).containsOnlyKeys(Asset.of("ONDO"));
    }

    @Test
    void sameOverridesAlwaysGiveTheSameBytes() throws IOException {
        store().saveOverrides(someOverrides());
        byte[] first = Files.readAllBytes(store().file());
        store().saveOverrides(someOverrides());
        assertThat(Files.readAllBytes(store().file())).isEqualTo(first);
    }

    @Test
    void handWrittenFileWithByteOrderMarkAndFewKeysIsRead() throws IOException {
        write("\uFEFF{\"version\": 1, \"aliases\": {\"xyz\": \"defi\"}}");
        TaxonomyOverrides overrides = store().loadOverrides();
        assertThat(overrides.aliases()).isEqualTo(Map.of(Asset.of("XYZ"), Group.of("DeFi")));
        assertThat(overrides.groupOrder()).isEmpty();
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = write("{\n  \"version\": 1,\n  \"aliases\": {\"XYZ\": \"DeFi\",}\n}\n");
        assertThatThrownBy(() -> store().loadOverrides())
                .isInstanceOf(TaxonomyFileException.class)
                .hasMessageStartingWith(file + ": line 3, column 29: ");
    }

    @Test
    void unknownLocationKindIsReportedAtItsValue() throws IOException {
        Path file = write("{\"version\": 1,\n \"location_kinds\": {\"Vsync\": \"cold_storage\"}}");
        assertThatThrownBy(() -> store().loadOverrides())
                .hasMessageStartingWith(file + ": line 2, column 30: unknown location kind 'cold_storage'")
                .hasMessageContaining("software_wallet");
    }

    @Test
    void aliasToAGroupThatExistsNowhereIsRefusedAtTheAlias() throws IOException {
        Path file = write("{\"version\": 1,\n \"aliases\": {\n  \"XYZ\": \"Real World Assets\"}}");
        assertThatThrownBy(() -> store().loadOverrides())
                .hasMessageStartingWith(file + ": line 3, column 10: alias XYZ: unknown group 'Real World Assets'");
    }

    @Test
    void wrongTypesUnknownKeysDuplicatesAndVersionsAreRefused() throws IOException {
        assertProblem("{\"version\": 1, \"aliases\": [\"XYZ\"]}", "line 1, column 27: \"aliases\" must be an object of strings, found an array");
        assertProblem("{\"version\": 1, \"aliases\": {\"XYZ\": 3}}", "line 1, column 35: aliases.XYZ must be a string, found a number");
        assertProblem("{\"version\": 1, \"alias\": {}}", "line 1, column 16: unknown key \"alias\"");
        assertProblem("{\"version\": 1, \"group_order\": [\"BTC\", \"btc\"]}", "group 'btc' is listed twice in group_order");
        assertProblem("{\"version\": 1, \"aliases\": {\"XYZ\": \"DeFi\", \"XYZ\": \"BTC\"}}", "line 1, column 48: Duplicate field 'XYZ'");
        assertProblem("{\"version\": 2}", "line 1, column 13: unsupported version 2; this program reads version 1");
        assertProblem("{\"aliases\": {}}", "line 1, column 1: \"version\": 1 is missing");
        assertProblem("", "line 1, column 1: expected a JSON object");
        assertProblem("{\"version\": 1} []", "unexpected content after the closing }");
        assertProblem("{\"version\": 1,\n\"aliases\": {\"A\": \"BTC\"", "line 2, column 23: Unexpected end-of-input: "
                + "expected close marker for Object (start marker at line 2, column 12)");
    }

    private void assertProblem(String json, String expected) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> store().loadOverrides())
                .as(json)
                .isInstanceOf(TaxonomyFileException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unwritableDataDirectoryIsReportedWithTheFileName() throws IOException {
        Path notADirectory = dataDir.resolve("plain-file");
        Files.writeString(notADirectory, "x", UTF_8);
        JsonTaxonomyOverridesFile store = new JsonTaxonomyOverridesFile(notADirectory);
        assertThatThrownBy(() -> store.saveOverrides(someOverrides()))
                .isInstanceOf(TaxonomyFileException.class)
                .hasMessageStartingWith(notADirectory.resolve("taxonomy.json") + ": cannot be written");
    }
}
