package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.taxonomy.Classification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prices implied by holdings themselves ("local" pricing): per coin, total value over total
 * quantity of its positive priced holdings, timed at the latest of their valuations.
 */
final class LocalPrices {

    private LocalPrices() {
    }

    static PriceBook of(List<Position> positions, List<Classification> coins) {
        // summed by coin id (an array, not a map: a large portfolio has 100,000 positions), then by coin
        BigDecimal[] values = new BigDecimal[coins.size()];
        BigDecimal[] quantities = new BigDecimal[coins.size()];
        Instant[] times = new Instant[coins.size()];
        for (Position position : positions) {
            Holding holding = position.holding();
            if (!holding.isPriced() || holding.value().value().signum() <= 0) {
                continue; // unpriced, negative or zero: no evidence of a price
            }
            int id = position.coinId();
            values[id] = values[id] == null ? holding.value().value() : values[id].add(holding.value().value());
            quantities[id] = quantities[id] == null ? holding.quantity().value() : quantities[id].add(holding.quantity().value());
            times[id] = times[id] == null || holding.pricedAt().isAfter(times[id]) ? holding.pricedAt() : times[id];
        }
        Map<Asset, BigDecimal[]> byCoin = new TreeMap<>();
        Map<Asset, Instant> latest = new HashMap<>();
        for (int id = 0; id < values.length; id++) {
            if (values[id] != null) {
                Asset coin = coins.get(id).coin();
                BigDecimal[] sum = byCoin.computeIfAbsent(coin, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(values[id]);
                sum[1] = sum[1].add(quantities[id]);
                latest.merge(coin, times[id], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Asset, Price> prices = new TreeMap<>();
        byCoin.forEach((coin, sum) -> prices.put(coin,
                new Price(coin, sum[0].divide(sum[1], Decimals.MC), PriceSource.LOCAL, latest.get(coin))));
        return PriceBook.of(prices);
    }
}
