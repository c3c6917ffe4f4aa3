package com.cryptorebalancer.application.service;

import static com.cryptorebalancer.application.service.FakeLoader.source;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.HistoryReport;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SnapshotsServiceTest {

    private final InMemoryStores stores = new InMemoryStores();
    private final FakeLoader loader = new FakeLoader()
            .with("demo.csv", aPortfolio().with("BTC", "1", "1").build())
            .with("june.csv", aPortfolio().with("BTC", "1", "60000").with("USDT", "40000", "40000").build())
            .with("july.csv", aPortfolio().with("USDT", "1000", "1000").with("BTC", "1", "70000")
                    .with("ETH", "5", "20000.5").with("ZZZ", "10", "99.99").unpriced("QQQ", "3").build());
    private final AtomicReference<TaxonomyOverrides> overrides = new AtomicReference<>(TaxonomyOverrides.NONE);
    private final SnapshotsService service = new SnapshotsService(stores.snapshots,
            new CurrentHoldings(stores.snapshots, loader, source("demo.csv")), overrides::get);

    /** Imports {@code name} as if {@code hoursLater} after {@link InMemoryStores#NOW}. */
    private SnapshotSummary importFile(String name, int hoursLater) {
        Clock clock = Clock.fixed(InMemoryStores.NOW.plus(Duration.ofHours(hoursLater)), ZoneOffset.UTC);
        return new ImportSnapshotService(loader, overrides::get, stores.snapshots, clock)
                .importHoldings(new ImportSnapshotCommand(source(name), "upload", false)).snapshot();
    }

    @Test
    void snapshotsAreListedNewestFirst() {
        SnapshotSummary june = importFile("june.csv", 0);
        SnapshotSummary july = importFile("july.csv", 1);
        SnapshotSummary juneAgain = importFile("june.csv", 2);

        assertThat(service.list()).containsExactly(juneAgain, july, june);
    }

    @Test
    void aSnapshotIsReadWithItsHoldingsAndReport() {
        SnapshotSummary june = importFile("june.csv", 0);

        Snapshot snapshot = service.get(june.id());

        assertThat(snapshot.summary()).isEqualTo(june);
        assertThat(snapshot.holdings()).hasSize(2);
        assertThat(snapshot.report().source()).isEqualTo("june.csv");
    }

    @Test
    void anUnknownSnapshotIsNotFound() {
        importFile("june.csv", 0);

        assertThatThrownBy(() -> service.get(42)).isInstanceOf(NotFoundException.class).hasMessageContaining("42");
    }

    @Test
    void historyIsOldestFirstWithGroupValuesAddingUpToTheTotal() {
        SnapshotSummary june = importFile("june.csv", 0);
        SnapshotSummary july = importFile("july.csv", 1);

        HistoryReport history = service.history();

        assertThat(history.groups()).containsExactlyElementsOf(Taxonomy.DEFAULT_GROUPS.stream().map(Group::name).toList());
        assertThat(history.points()).extracting(HistoryReport.Point::snapshotId).containsExactly(june.id(), july.id());
        HistoryReport.Point first = history.points().get(0);
        assertThat(first.takenAt()).isEqualTo(InMemoryStores.NOW.toString());
        assertThat(first.asOf()).isEqualTo(HoldingsTestData.AS_OF.toString());
        assertThat(first.totalUsd()).isEqualTo("100000.00");
        assertThat(first.byGroup()).containsExactly(Map.entry("BTC", "60000.00"), Map.entry("Stablecoins", "40000.00"));
        HistoryReport.Point second = history.points().get(1);
        assertThat(second.totalUsd()).isEqualTo("91100.49");
        assertThat(second.byGroup()).containsExactly(Map.entry("BTC", "70000.00"), Map.entry("ETH", "20000.50"),
                Map.entry("Stablecoins", "1000.00"), Map.entry("Others", "99.99"));
        for (HistoryReport.Point point : history.points()) {
            BigDecimal sum = point.byGroup().values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("groups of snapshot %d", point.snapshotId()).isEqualByComparingTo(point.totalUsd());
        }
    }

    @Test
    void historyFollowsTheSavedGroupOrder() {
        importFile("june.csv", 0);
        overrides.set(TaxonomyOverrides.NONE.withGroupOrder(List.of(Group.of("Stablecoins"))));

        HistoryReport history = service.history();

        assertThat(history.groups()).startsWith("Stablecoins", "BTC", "ETH");
        assertThat(history.points().get(0).byGroup().keySet()).containsExactly("Stablecoins", "BTC");
    }

    @Test
    void withNoSnapshotsTheHistoryIsEmpty() {
        assertThat(service.history().points()).isEmpty();
        assertThat(service.list()).isEmpty();
    }
}
