package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.taxonomy.Classification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
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

    /** Whether a holding is evidence of its coin's price: priced, and worth more than zero. */
    static boolean isEvidence(Holding holding) {
        return holding.isPriced() && holding.value().value().signum() > 0;
    }

    /**
     * Value, quantity and latest valuation time per coin id, summed as the holdings are indexed (arrays,
     * not maps: a large portfolio has 100,000 holdings), so that no second pass over them is needed.
     */
    static final class Sums {

        private BigDecimal[] values = new BigDecimal[64];
        private BigDecimal[] quantities = new BigDecimal[64];
        private Instant[] times = new Instant[64];

        void add(int id, Holding holding) {
            if (!isEvidence(holding)) {
                return; // unpriced, negative or zero: no evidence of a price
            }
            if (id >= values.length) {
                int size = Math.max(id + 1, values.length * 2);
                values = Arrays.copyOf(values, size);
                quantities = Arrays.copyOf(quantities, size);
                times = Arrays.copyOf(times, size);
            }
            Instant pricedAt = holding.pricedAt();
            values[id] = values[id] == null ? holding.value().value() : values[id].add(holding.value().value());
            quantities[id] = quantities[id] == null ? holding.quantity().value() : quantities[id].add(holding.quantity().value());
            times[id] = times[id] == null || pricedAt != times[id] && pricedAt.isAfter(times[id]) ? pricedAt : times[id];
        }

        /** The book: per coin (a coin may stand for several coin ids, one per group), total value over total quantity. */
        PriceBook prices(List<Classification> coins) {
            Map<Asset, BigDecimal[]> byCoin = new TreeMap<>();
            Map<Asset, Instant> latest = new HashMap<>();
            for (int id = 0; id < coins.size() && id < values.length; id++) {
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
}
