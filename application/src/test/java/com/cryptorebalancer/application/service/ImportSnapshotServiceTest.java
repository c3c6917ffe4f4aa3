package com.cryptorebalancer.application.service;

import static com.cryptorebalancer.application.service.FakeLoader.source;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.ImportResult;
import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ImportSnapshotServiceTest {

    private static final String FILE = "exports/balances-2025-08-26.csv";

    private final List<Holding> holdings = aPortfolio().with("BTC", "1", "60000").with("USDT", "40000", "40000")
            .unpriced("ZZZ", "10").build();
    private final InMemoryStores stores = new InMemoryStores();
    private final FakeLoader loader = new FakeLoader().with(FILE, holdings);
    private final AtomicReference<TaxonomyOverrides> overrides = new AtomicReference<>(TaxonomyOverrides.NONE);
    private final ImportSnapshotService service = new ImportSnapshotService(loader, overrides::get, stores.snapshots,
            InMemoryStores.CLOCK);

    @Test
    void anUploadIsStoredAsOneSnapshotWithItsHoldingsReportAndPricedTotal() {
        ImportResult result = service.importHoldings(new ImportSnapshotCommand(source(FILE), "upload", false));

        SnapshotSummary summary = result.snapshot();
        assertThat(stores.snapshots.list()).containsExactly(summary);
        assertThat(summary.takenAt()).isEqualTo(InMemoryStores.NOW);
        assertThat(summary.source()).isEqualTo("upload");
        assertThat(summary.fileName()).isEqualTo("balances-2025-08-26.csv");
        assertThat(summary.holdings()).isEqualTo(3);
        // the unpriced ZZZ counts zero: 60000 + 40000
        assertThat(summary.totalUsd().value()).isEqualByComparingTo("100000");

        Snapshot stored = stores.snapshots.find(summary.id()).orElseThrow();
        assertThat(stored.holdings()).extracting(h -> h.asset().symbol()).containsExactly("BTC", "USDT", "ZZZ");
        assertThat(stored.holdings().get(2).isPriced()).isFalse();
        assertThat(stored.report()).isEqualTo(result.report());
        assertThat(result.report().source()).isEqualTo(FILE);
        assertThat(result.report().rowsAccepted()).isEqualTo(3);
    }

    @Test
    void holdingsSentAsJsonAreStoredWithoutAFileName() {
        SnapshotSummary summary = service.importHoldings(new ImportSnapshotCommand(source(FILE), "json", false)).snapshot();

        assertThat(summary.source()).isEqualTo("json");
        assertThat(summary.fileName()).isNull();
        assertThat(stores.snapshots.find(summary.id()).orElseThrow().summary().fileName()).isNull();
    }

    @Test
    void aFileTheLoaderRefusesStoresNothing() {
        assertThatThrownBy(() -> service.importHoldings(new ImportSnapshotCommand(source("garbage.bin"), "upload", false)))
                .isInstanceOf(InvalidHoldingsFileException.class).hasMessageContaining("garbage.bin");

        assertThat(stores.snapshots.list()).isEmpty();
        assertThat(stores.snapshots.latest()).isEmpty();
    }

    @Test
    void theSavedLocationKindsAndLeniencyAreGivenToTheLoader() {
        overrides.set(TaxonomyOverrides.NONE.withLocationKind("Vsync", LocationKind.SOFTWARE_WALLET));

        service.importHoldings(new ImportSnapshotCommand(source(FILE), "cli", true));

        assertThat(loader.optionsSeen).singleElement().satisfies(options -> {
            assertThat(options.lenient()).isTrue();
            assertThat(options.locationRules().locate("Vsync").kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
        });
    }

    @Test
    void theStoredHoldingsAreLocatedWithTheSavedRules() {
        FakeLoader atVsync = new FakeLoader().with(FILE, aPortfolio().at("Vsync").with("BTC", "1", "60000").build());
        overrides.set(TaxonomyOverrides.NONE.withLocationKind("vsync", LocationKind.HARDWARE_WALLET));
        ImportSnapshotService importer = new ImportSnapshotService(atVsync, overrides::get, stores.snapshots,
                InMemoryStores.CLOCK);

        long id = importer.importHoldings(new ImportSnapshotCommand(source(FILE), "upload", false)).snapshot().id();

        Holding btc = stores.snapshots.find(id).orElseThrow().holdings().get(0);
        assertThat(btc.asset()).isEqualTo(Asset.of("BTC"));
        assertThat(btc.location().kind()).isEqualTo(LocationKind.HARDWARE_WALLET);
    }
}
