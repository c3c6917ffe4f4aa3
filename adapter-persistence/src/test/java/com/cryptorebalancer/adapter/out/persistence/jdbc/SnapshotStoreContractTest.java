package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static com.cryptorebalancer.adapter.out.persistence.jdbc.StoreTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.NewSnapshot;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class SnapshotStoreContractTest {

    @DatabaseContract
    void aSnapshotComesBackAsItWasStored(JdbcDatabase database) {
        NewSnapshot stored = StoreTestData.snapshot(T0, "CoinTracking · Balance by Exchange.csv",
                StoreTestData.variedHoldings());

        SnapshotSummary summary = database.snapshots().save(stored);
        Snapshot found = database.snapshots().find(summary.id()).orElseThrow();

        assertThat(found.summary()).isEqualTo(summary);
        assertThat(summary).isEqualTo(new SnapshotSummary(summary.id(), T0, "upload",
                "CoinTracking · Balance by Exchange.csv", "cointracking-balance-by-exchange", 5, stored.totalUsd(),
                stored.report().asOf().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        assertThat(found.holdings()).isEqualTo(stored.holdings());
        assertThat(found.report()).isEqualTo(stored.report());
    }

    @DatabaseContract
    void decimalsSurviveExactly(JdbcDatabase database) {
        SnapshotSummary summary = database.snapshots().save(StoreTestData.snapshot(T0, "x.csv",
                StoreTestData.variedHoldings()));

        List<Holding> holdings = database.snapshots().find(summary.id()).orElseThrow().holdings();

        assertThat(holdings.get(0).quantity().value()).isEqualByComparingTo("0.000000000000000001");
        assertThat(holdings.get(0).value().value()).isEqualByComparingTo("0.000000000000000004");
        assertThat(holdings.get(1).quantity().value().toPlainString()).isEqualTo("123456789012345678.123456789");
        assertThat(holdings.get(1).value().value()).isEqualByComparingTo("1234.567890123456789012");
        assertThat(holdings.get(2).value().value()).isEqualByComparingTo("-12.5000001");
        assertThat(database.snapshots().latest().orElseThrow().totalUsd().value())
                .isEqualByComparingTo(new BigDecimal("66222.0678899999999999999"));
    }

    @DatabaseContract
    void holdingsKeepTheirOrderAndWhatTheyLacked(JdbcDatabase database) {
        long id = database.snapshots().save(StoreTestData.snapshot(T0, "x.csv", StoreTestData.variedHoldings())).id();

        List<Holding> holdings = database.snapshots().find(id).orElseThrow().holdings();

        assertThat(holdings).extracting(h -> h.asset().symbol()).containsExactly("ETH", "PEPE", "USDT", "XYZ", "BTC");
        Holding unpriced = holdings.get(3);
        assertThat(unpriced.isPriced()).isFalse();
        assertThat(unpriced.coinName()).isNull();
        assertThat(unpriced.location().name()).isEqualTo("Some App");
        assertThat(holdings.get(1).pricedAt()).isEqualTo(T0.plusMillis(1));
        assertThat(holdings.get(1).priceSource().name()).isEqualTo("coingecko");
        assertThat(holdings).extracting(h -> h.location().kind().code()).containsExactly("exchange_spot",
                "hardware_wallet", "exchange_earn", "unknown", "software_wallet");
    }

    @DatabaseContract
    void listIsNewestFirstThenByIdAndLatestIsTheFirst(JdbcDatabase database) {
        SnapshotStore store = database.snapshots();
        assertThat(store.list()).isEmpty();
        assertThat(store.latest()).isEmpty();

        long old = store.save(StoreTestData.snapshot(T0, "old.csv", StoreTestData.variedHoldings())).id();
        long newest = store.save(StoreTestData.snapshot(T0.plusSeconds(60), "new.csv", List.of())).id();
        long sameTimeAsOld = store.save(StoreTestData.snapshot(T0, null, List.of())).id();

        assertThat(store.list()).extracting(SnapshotSummary::id).containsExactly(newest, sameTimeAsOld, old);
        assertThat(store.latest().orElseThrow().id()).isEqualTo(newest);
        assertThat(store.list().get(1).fileName()).isNull();
        assertThat(store.list().get(0).holdings()).isZero();
    }

    @DatabaseContract
    void anUnknownSnapshotIsEmpty(JdbcDatabase database) {
        assertThat(database.snapshots().find(1)).isEmpty();
        assertThat(database.snapshots().find(-5)).isEmpty();
    }

    @DatabaseContract
    void aHoldingThatFailsMidwayLeavesNoSnapshotAtAll(DatabaseUnderTest db) {
        SnapshotStore store = db.open().snapshots();
        store.save(StoreTestData.snapshot(T0, "before.csv", StoreTestData.manyHoldings(3, "before")));
        // the database refuses one holding in the middle of the second batch
        db.execute("ALTER TABLE snapshot_holding ADD CONSTRAINT test_refuses_poison CHECK (asset <> 'POISON')");
        List<Holding> holdings = new ArrayList<>(StoreTestData.manyHoldings(2_500, "broken"));
        holdings.set(1_500, StoreTestData.unpriced("POISON", "Somewhere", "1"));

        assertThatThrownBy(() -> store.save(StoreTestData.snapshot(T0.plusSeconds(1), "broken.csv", holdings)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("'broken.csv' (2500 holdings)");

        assertThat(store.list()).extracting(SnapshotSummary::fileName).containsExactly("before.csv");
        assertThat(db.count("snapshot")).isEqualTo(1);
        assertThat(db.count("snapshot_holding")).isEqualTo(3);
        assertThat(store.save(StoreTestData.snapshot(T0.plusSeconds(2), "after.csv", List.of())).id()).isPositive();
    }

    @DatabaseContract
    void concurrentImportsAreEachStoredWhole(JdbcDatabase database) throws Exception {
        SnapshotStore store = database.snapshots();
        int threads = 6;
        int perThread = 4;
        List<Long> ids = Concurrently.run(threads, thread -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                String tag = "t" + thread + "-" + i;
                mine.add(store.save(StoreTestData.snapshot(T0.plusSeconds(i), tag + ".csv",
                        StoreTestData.manyHoldings(300 + thread, tag))).id());
            }
            return mine;
        }).stream().flatMap(List::stream).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(threads * perThread);
        assertThat(store.list()).hasSize(threads * perThread);
        for (long id : ids) {
            Snapshot snapshot = store.find(id).orElseThrow();
            String tag = snapshot.summary().fileName().replace(".csv", "");
            int thread = Integer.parseInt(tag.substring(1, tag.indexOf('-')));
            assertThat(snapshot.holdings()).isEqualTo(StoreTestData.manyHoldings(300 + thread, tag));
        }
    }

    @DatabaseContract
    void aLargeImportIsStoredAndLoadedWhole(JdbcDatabase database) {
        // more holdings than one JDBC batch; how fast is measured by the server's load test, not here
        List<Holding> holdings = StoreTestData.manyHoldings(10_000, "big");
        long id = database.snapshots().save(StoreTestData.snapshot(T0, "big.csv", holdings)).id();

        Snapshot loaded = database.snapshots().find(id).orElseThrow();

        assertThat(loaded.holdings()).isEqualTo(holdings);
    }

    @DatabaseContract
    void timesAreKeptToTheMicrosecond(JdbcDatabase database) {
        Instant at = Instant.parse("2026-03-29T01:59:59.999999999Z");

        SnapshotSummary saved = database.snapshots().save(new NewSnapshot(at, "cli", null, List.of(),
                StoreTestData.report(0, 0), UsdAmount.ZERO));

        assertThat(saved.takenAt()).isEqualTo(Instant.parse("2026-03-29T01:59:59.999999Z"));
        assertThat(database.snapshots().find(saved.id()).orElseThrow().summary()).isEqualTo(saved);
    }
}
