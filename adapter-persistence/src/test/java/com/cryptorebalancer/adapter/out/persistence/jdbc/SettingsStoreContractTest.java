package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.cryptorebalancer.application.port.out.SettingsStore;
import java.util.HashMap;
import java.util.Map;

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
        Concurrently.run(8, thread -> () -> {
            settings.save(Map.of("a", "v" + thread, "b", "v" + thread, "c", "v" + thread));
            return null;
        });

        Map<String, String> stored = settings.load();
        assertThat(stored).containsOnlyKeys("a", "b", "c");
        // each save is one transaction: all three keys hold the value of the same save
        assertThat(stored.values()).containsOnly(stored.get("a"));
    }

    @DatabaseContract
    void valuesAreKeptAsTextExactly(DatabaseUnderTest db) {
        String long_ = "x".repeat(20_000);
        db.open().settings().save(Map.of("empty", "", "unicode", "Zürich · 東京 \u00a0", "long", long_));

        assertThat(db.reopen().settings().load()).containsOnly(entry("empty", ""), entry("unicode", "Zürich · 東京 \u00a0"),
                entry("long", long_));
    }
}
