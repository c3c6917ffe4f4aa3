package com.cryptorebalancer.bench;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark harness, not a price source: a live source answering from a fixed table of prices (labelled
 * source {@code benchmark-table}) and counting the requests it gets, to time what sits in front of a
 * source (the cache, the pricing) without the network.
 */
final class TableLivePrices implements LivePricesPort {

    private final Map<Asset, BigDecimal> table;
    private final Instant asOf;
    private final AtomicLong requests = new AtomicLong();

    TableLivePrices(Map<Asset, BigDecimal> table, Instant asOf) {
        this.table = Map.copyOf(table);
        this.asOf = asOf;
    }

    long requests() {
        return requests.get();
    }

    @Override
    public String source() {
        return "benchmark-table";
    }

    @Override
    public LivePrices currentPrices(Set<Asset> coins) {
        requests.incrementAndGet();
        Map<Asset, Price> prices = new HashMap<>();
        Set<Asset> unknown = new HashSet<>();
        for (Asset coin : coins) {
            BigDecimal usd = table.get(coin);
            if (usd == null) {
                unknown.add(coin);
            } else {
                prices.put(coin, new Price(coin, usd, new PriceSource(source()), asOf));
            }
        }
        return new LivePrices(prices, unknown);
    }

    @Override
    public SourceHealth health() {
        return new SourceHealth(source(), "closed", asOf, null, null, requests.get());
    }
}
