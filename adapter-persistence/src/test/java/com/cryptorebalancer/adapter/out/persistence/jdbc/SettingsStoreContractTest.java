package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.cryptorebalancer.application.port.out.SettingsStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class SettingsStoreContractTest {

    @DatabaseContract
    void nothingIsStoredAtFirst(JdbcDatabase database) {
        assertThat(database.settings().load()).isEmpty();
    }

    @DatabaseContract
    void aSaveChangesOnlyTheGivenKeysAndNullRemovesOne(JdbcDatabase database) {
        SettingsStore settings = database.settings();
        settings.save(Map.of("pricing", "local", "cash_usd", "100.00", "theme", "dark"));

        Map<String, String> changes = new HashMap<>();
        changes.put("pricing", "coingecko");
        changes.put("theme", null);
        changes.put("never_stored", null);
        changes.put("band", "5 pp");
        settings.save(changes);

        assertThat(settings.load()).containsOnly(entry("pricing", "coingecko"), entry("cash_usd", "100.00"),
                entry("band", "5 pp"));
    }

    @DatabaseContract
    void savesAtOnceOfTheSameNewKeysAllSucceed(JdbcDatabase database) throws Exception {
        SettingsStore settings = database.settings();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String value = "v" + t;
                saves.add(pool.submit(() -> {
                    start.await();
                    settings.save(Map.of("a", value, "b", value, "c", value));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> save : saves) {
                save.get();
            }

            Map<String, String> stored = settings.load();
            assertThat(stored).containsOnlyKeys("a", "b", "c");
            // each save is one transaction: all three keys hold the value of the same save
            assertThat(stored.values()).containsOnly(stored.get("a"));
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseContract
    void valuesAreKeptAsTextExactly(DatabaseUnderTest db) {
        String long_ = "x".repeat(20_000);
        db.open().settings().save(Map.of("empty", "", "unicode", "Zürich · 東京 \u00a0", "long", long_));

        assertThat(db.reopen().settings().load()).containsOnly(entry("empty", ""), entry("unicode", "Zürich · 東京 \u00a0"),
                entry("long", long_));
    }
}
