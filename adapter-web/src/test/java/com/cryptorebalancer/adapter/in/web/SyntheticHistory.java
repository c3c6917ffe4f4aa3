package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Daily closes in memory for the risk, stress and backtest routes: seeded random walks of BTC and SOL over
 * {@link #FIRST} to {@link #LAST}, and BTC's closes on the first and last day of the FTX episode (so that one
 * episode covers part of the fake portfolio).
 */
final class SyntheticHistory {

    static final LocalDate FIRST = LocalDate.parse("2024-02-20");
    static final LocalDate LAST = LocalDate.parse("2025-02-20");

    private SyntheticHistory() {
    }

    static InMemoryPriceHistoryStore store() {
        InMemoryPriceHistoryStore store = new InMemoryPriceHistoryStore();
        store.save(walk("BTC", 60_000, 1));
        store.save(walk("SOL", 100, 2));
        PriceSource file = new PriceSource("file");
        store.save(List.of(new DailyClose(Asset.of("BTC"), LocalDate.parse("2022-11-05"), new BigDecimal("21282.69"), file),
                new DailyClose(Asset.of("BTC"), LocalDate.parse("2022-11-21"), new BigDecimal("15787.28"), file)));
        return store;
    }

    private static List<DailyClose> walk(String symbol, double start, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DailyClose> walk = new ArrayList<>();
        double price = start;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            walk.add(new DailyClose(Asset.of(symbol), day, BigDecimal.valueOf(price), new PriceSource("file")));
            price *= 1 + random.nextDouble(-0.05, 0.052);
        }
        return walk;
    }
}
