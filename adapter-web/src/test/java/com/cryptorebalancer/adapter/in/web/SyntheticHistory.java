package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Daily closes in memory for the risk, stress and backtest routes: seeded random walks of BTC and SOL over
 * {@link #FIRST} to {@link #LAST}, and BTC's closes on the first and last day of the FTX episode (so that one
 * episode covers part of the fake portfolio).
 */
final class SyntheticHistory implements PriceHistoryStore {

    static final LocalDate FIRST = LocalDate.parse("2024-02-20");
    static final LocalDate LAST = LocalDate.parse("2025-02-20");

    private final Map<Asset, TreeMap<LocalDate, DailyClose>> closes = new TreeMap<>();

    SyntheticHistory() {
        walk("BTC", 60_000, 1);
        walk("SOL", 100, 2);
        PriceSource file = new PriceSource("file");
        save(List.of(new DailyClose(Asset.of("BTC"), LocalDate.parse("2022-11-05"), new BigDecimal("21282.69"), file),
                new DailyClose(Asset.of("BTC"), LocalDate.parse("2022-11-21"), new BigDecimal("15787.28"), file)));
    }

    private void walk(String symbol, double start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DailyClose> walk = new ArrayList<>();
        double price = start;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            walk.add(new DailyClose(Asset.of(symbol), day, BigDecimal.valueOf(price), new PriceSource("file")));
            price *= 1 + random.nextDouble(-0.05, 0.052);
        }
        save(walk);
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
        TreeMap<LocalDate, DailyClose> stored = closes.get(coin);
        return stored == null ? List.of() : new ArrayList<>(stored.subMap(first, true, last, true).values());
    }

    @Override
    public List<StoredHistory> coverage() {
        List<StoredHistory> coverage = new ArrayList<>();
        closes.forEach((coin, days) -> coverage.add(new StoredHistory(coin, days.firstKey(), days.lastKey(), days.size())));
        return coverage;
    }
}
