package com.cryptorebalancer.application.suggest;

import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A price history store holding the shared real closes of the coins named (read-only). */
final class SharedHistoryStore implements PriceHistoryStore {

    private final Map<Asset, List<DailyClose>> closes = new LinkedHashMap<>();

    SharedHistoryStore(String... symbols) {
        closes.putAll(SharedPriceHistory.closes(symbols));
    }

    @Override
    public int save(List<DailyClose> closes) {
        throw new UnsupportedOperationException("suggestions only read history");
    }

    @Override
    public List<DailyClose> closes(Asset coin, LocalDate first, LocalDate last) {
        return closes.getOrDefault(coin, List.of()).stream()
                .filter(close -> !close.day().isBefore(first) && !close.day().isAfter(last)).toList();
    }

    @Override
    public List<StoredHistory> coverage() {
        List<StoredHistory> coverage = new ArrayList<>();
        closes.forEach((coin, days) -> coverage.add(new StoredHistory(coin, days.get(0).day(),
                days.get(days.size() - 1).day(), days.size())));
        return coverage;
    }
}
