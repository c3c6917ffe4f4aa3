package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link PriceHistoryStore} in memory, as the database keeps it (one close per coin and day, the last saved wins),
 * filled from the shared real CSVs or by hand, recording what it was asked.
 */
public final class InMemoryPriceHistoryStore implements PriceHistoryStore {

    /** The shared files, read once for all tests. */
    private static final Map<String, List<DailyClose>> READ = new ConcurrentHashMap<>();

    private final Map<Asset, TreeMap<LocalDate, DailyClose>> closes = new TreeMap<>();
    private final List<String> asked = new ArrayList<>();

    /** A store holding the shared real closes of these coins. */
    public static InMemoryPriceHistoryStore of(String... symbols) {
        InMemoryPriceHistoryStore store = new InMemoryPriceHistoryStore();
        for (String symbol : symbols) {
            store.save(READ.computeIfAbsent(symbol, SharedPriceHistory::closes));
        }
        return store;
    }

    @Override
    public synchronized int save(List<DailyClose> added) {
        int fresh = 0;
        for (DailyClose close : added) {
            if (closes.computeIfAbsent(close.asset(), a -> new TreeMap<>()).put(close.day(), close) == null) {
                fresh++;
            }
        }
        return fresh;
    }

    @Override
    public synchronized List<DailyClose> closes(Asset coin, LocalDate first, LocalDate last) {
        asked.add(coin + " " + first + ".." + last);
        TreeMap<LocalDate, DailyClose> stored = closes.get(coin);
        return stored == null ? List.of() : new ArrayList<>(stored.subMap(first, true, last, true).values());
    }

    @Override
    public synchronized List<StoredHistory> coverage() {
        List<StoredHistory> coverage = new ArrayList<>();
        closes.forEach((coin, days) -> coverage.add(new StoredHistory(coin, days.firstKey(), days.lastKey(), days.size())));
        return coverage;
    }

    /** Each request for closes, as {@code "BTC 2024-01-01..2024-12-31"}, in order. */
    public synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    /** How many requests for closes were made. */
    public synchronized int requests() {
        return asked.size();
    }
}
