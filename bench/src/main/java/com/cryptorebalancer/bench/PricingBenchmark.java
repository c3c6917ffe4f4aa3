package com.cryptorebalancer.bench;

import com.cryptorebalancer.adapter.out.market.cache.CachedLivePrices;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Valuing 1,000 coins with live pricing from a warm cache (target: at most 2 ms): the pricing of every
 * coin (auto mode) through the Caffeine cache in front of a source that answered them all before, with
 * the staleness, peg and disagreement checks. The source behind is a table ({@link TableLivePrices}); the
 * run fails if the cache let a single request through after the warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PricingBenchmark {

    private static final int COINS = 1_000;

    private TableLivePrices source;
    private MarketPricing pricing;
    private Set<Asset> coins;
    private Set<Asset> stablecoins;
    private PriceBook exported;

    @Setup
    public void warm() {
        Clock clock = Clock.systemUTC();
        Map<Asset, BigDecimal> table = new LinkedHashMap<>();
        coins = new LinkedHashSet<>();
        for (int i = 0; i < COINS; i++) {
            Asset coin = Asset.of("C" + i);
            coins.add(coin);
            table.put(coin, BigDecimal.valueOf(1 + i * 7919L % 100_000, 4));
        }
        stablecoins = Set.of(Asset.of("C1"), Asset.of("C2"));
        source = new TableLivePrices(table, clock.instant());
        // a time to live longer than the run: every valuation is from the warm cache
        CachedLivePrices cached = new CachedLivePrices(source, Duration.ofHours(1), Duration.ofHours(24), clock);
        pricing = new MarketPricing(java.util.List.of(cached), clock);
        exported = PriceBook.of(Map.of());
        pricing.price(coins, exported, stablecoins, PricingMode.AUTO, PricingPolicy.DEFAULT);
    }

    @Benchmark
    public Pricing valueFromWarmCache() {
        return pricing.price(coins, exported, stablecoins, PricingMode.AUTO, PricingPolicy.DEFAULT);
    }

    @TearDown
    public void onlyTheWarmUpAskedTheSource() {
        if (source.requests() != 1) {
            throw new IllegalStateException("the cache let " + (source.requests() - 1) + " requests through");
        }
    }
}
