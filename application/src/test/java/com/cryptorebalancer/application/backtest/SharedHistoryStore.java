package com.cryptorebalancer.application.backtest;

import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
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
 * A price history store in memory, filled from the shared real CSVs (or by hand), that counts the closes
 * asked for.
 */
public final class SharedHistoryStore implements PriceHistoryStore {

    /** The shared files, read once for all tests. */
    private static final Map<String, List<DailyClose>> READ = new ConcurrentHashMap<>();

    private final Map<Asset, TreeMap<LocalDate, DailyClose>> closes = new TreeMap<>();
    private int requests;

    /** A store holding the shared real closes of these coins. */
    public static SharedHistoryStore of(String... symbols) {
        SharedHistoryStore store = new SharedHistoryStore();
        for (String symbol : symbols) {
            store.save(READ.computeIfAbsent(symbol, SharedPriceHistory::closes));
        }
        return store;
    }

    @Override
    public int save(List<DailyClose> added) {
        int fresh = 0;
        for (DailyClose close : added) {
            if (closes.computeIfAbsent(close.asset(), a -> new TreeMap<>()).put(close.day(), close) == null) {
                fresh++;
            }
        }
        return fresh;
    }

    @Override
    public List<DailyClose> closes(Asset coin, LocalDate first, LocalDate last) {
        requests++;
        TreeMap<LocalDate, DailyClose> stored = closes.get(coin);
        return stored == null ? List.of() : new ArrayList<>(stored.subMap(first, true, last, true).values());
    }

    @Override
    public List<StoredHistory> coverage() {
        List<StoredHistory> coverage = new ArrayList<>();
        closes.forEach((coin, days) -> coverage.add(new StoredHistory(coin, days.firstKey(), days.lastKey(), days.size())));
        return coverage;
    }

    public int requests() {
        return requests;
    }
}
