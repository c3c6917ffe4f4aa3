package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.adapter.out.persistence.file.JsonTaxonomyOverridesFile;
import com.cryptorebalancer.adapter.out.persistence.file.TaxonomyFileException;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class TaxonomyOverridesContractTest {

    private static final TaxonomyOverrides FROM_FILE = TaxonomyOverrides.NONE
            .withGroupOrder(List.of(Group.of("BTC"), Group.of("Memes"), Group.of("ETH")))
            .withAlias(Asset.of("PEPE"), Group.of("Memes"))
            .withAlias(Asset.of("SOL2"), Group.of("Others"))
            .withLocationKind("My Vault", LocationKind.HARDWARE_WALLET);

    private static final TaxonomyOverrides EDITED = TaxonomyOverrides.NONE
            .withAlias(Asset.of("UNI"), Group.of("ETH"))
            .withLocationKind("Kraken Earn", LocationKind.EXCHANGE_EARN);

    private static Path writeFile(Path dataDir, TaxonomyOverrides overrides) {
        JsonTaxonomyOverridesFile file = new JsonTaxonomyOverridesFile(dataDir);
        file.saveOverrides(overrides);
        return file.file();
    }

    @DatabaseContract
    void noneAtFirstAndASaveReplacesEverything(JdbcDatabase database) {
        JdbcTaxonomyOverrides store = database.taxonomy();
        assertThat(store.loadOverrides()).isEqualTo(TaxonomyOverrides.NONE);

        store.saveOverrides(FROM_FILE);
        assertThat(store.loadOverrides()).isEqualTo(FROM_FILE);
        store.saveOverrides(EDITED);
        assertThat(store.loadOverrides()).isEqualTo(EDITED);
        store.saveOverrides(TaxonomyOverrides.NONE);
        assertThat(store.loadOverrides()).isEqualTo(TaxonomyOverrides.NONE);
    }

    @DatabaseContract
    void aChangeSavedByAnotherReplicaIsReadAtOnceAndAnUnchangedOneIsNotReadAgain(JdbcDatabase database) {
        JdbcTaxonomyOverrides here = database.taxonomy();
        JdbcTaxonomyOverrides otherReplica = new JdbcTaxonomyOverrides(new Jdbc(database.dataSource(), "the same database"));
        here.saveOverrides(FROM_FILE);
        TaxonomyOverrides first = here.loadOverrides();

        assertThat(here.loadOverrides()).as("unchanged: what was read before").isSameAs(first);

        otherReplica.saveOverrides(EDITED);
        assertThat(here.loadOverrides()).isEqualTo(EDITED);
    }

    @DatabaseContract
    void theGroupOrderKeepsItsOrder(JdbcDatabase database) {
        TaxonomyOverrides order = TaxonomyOverrides.NONE.withGroupOrder(
                List.of(Group.of("Zeta"), Group.of("Alpha"), Group.of("Memes"), Group.of("BTC")));

        database.taxonomy().saveOverrides(order);

        assertThat(database.taxonomy().loadOverrides().groupOrder()).containsExactlyElementsOf(order.groupOrder());
    }

    @DatabaseContract
    void theFileIsImportedOnFirstStartAndLeftInPlace(DatabaseUnderTest db) throws IOException {
        Path file = writeFile(db.dataDir(), FROM_FILE);
        String text = Files.readString(file);

        JdbcDatabase database = db.open();

        assertThat(database.taxonomy().loadOverrides()).isEqualTo(FROM_FILE);
        assertThat(database.taxonomyMigration()).startsWith("imported 2 aliases, 3 groups in order and 1 location kinds");
        assertThat(file).exists().hasContent(text);
    }

    @DatabaseContract
    void theFileIsNeverImportedAgainAfterChanges(DatabaseUnderTest db) {
        writeFile(db.dataDir(), FROM_FILE);
        db.open().taxonomy().saveOverrides(EDITED);

        JdbcDatabase restarted = db.reopen();

        assertThat(restarted.taxonomy().loadOverrides()).isEqualTo(EDITED);
        assertThat(restarted.taxonomyMigration()).isEqualTo("done before");
    }

    @DatabaseContract
    void overridesRemovedInTheDatabaseStayRemoved(DatabaseUnderTest db) {
        writeFile(db.dataDir(), FROM_FILE);
        db.open().taxonomy().saveOverrides(TaxonomyOverrides.NONE);

        assertThat(db.reopen().taxonomy().loadOverrides()).isEqualTo(TaxonomyOverrides.NONE);
    }

    @DatabaseContract
    void aFileThatAppearsAfterTheFirstStartIsNotImported(DatabaseUnderTest db) {
        assertThat(db.open().taxonomyMigration()).startsWith("no ").endsWith("taxonomy.json");
        writeFile(db.dataDir(), FROM_FILE);

        assertThat(db.reopen().taxonomy().loadOverrides()).isEqualTo(TaxonomyOverrides.NONE);
    }

    @DatabaseContract
    void aCorruptFileStopsTheOpeningAndIsTriedAgainOnceRepaired(DatabaseUnderTest db) throws IOException {
        Path file = db.dataDir().resolve(JsonTaxonomyOverridesFile.FILE_NAME);
        Files.writeString(file, "{\"version\": 1, \"aliases\": {\"PEPE\": 7}}");

        assertThatThrownBy(db::open).isInstanceOf(TaxonomyFileException.class)
                .hasMessageContaining("line 1").hasMessageContaining("aliases.PEPE must be a string");

        writeFile(db.dataDir(), FROM_FILE);
        assertThat(db.open().taxonomy().loadOverrides()).isEqualTo(FROM_FILE);
    }
}
