package com.cryptorebalancer.adapter.out.market.cache;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A live source behind an in-process cache (Caffeine): a coin's price is taken from the cache while it
 * is younger than the time to live (120 s by default), so a valuation asks the source only for the coins
 * it lacks. When the source fails, the coins it had priced before keep their last price, marked stale
 * (serve stale on error, kept up to {@code keepStaleFor}); the coins it never priced are left unanswered,
 * for the next source. Coins the source said it does not quote are remembered for the same time to live.
 */
public final class CachedLivePrices implements LivePricesPort {

    /** A price and when this process got it. */
    private record Entry(Price price, Instant fetchedAt) {
    }

    private static final int MAX_COINS = 50_000;

    private final LivePricesPort source;
    private final Duration timeToLive;
    private final Clock clock;
    private final Cache<Asset, Entry> prices;
    private final Cache<Asset, Instant> unknown;

    public CachedLivePrices(LivePricesPort source, Duration timeToLive, Duration keepStaleFor, Clock clock) {
        this.source = source;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.prices = Caffeine.newBuilder().maximumSize(MAX_COINS).expireAfterWrite(keepStaleFor).build();
        this.unknown = Caffeine.newBuilder().maximumSize(MAX_COINS).expireAfterWrite(timeToLive).build();
    }

    @Override
    public String source() {
        return source.source();
    }

    @Override
    public LivePrices currentPrices(Set<Asset> coins) {
        Instant now = clock.instant();
        Map<Asset, Price> answer = new HashMap<>();
        Set<Asset> notQuoted = new HashSet<>();
        Set<Asset> ask = new HashSet<>();
        for (Asset coin : coins) {
            Entry cached = prices.getIfPresent(coin);
            Instant knownUnknown = unknown.getIfPresent(coin);
            if (cached != null && fresh(cached.fetchedAt(), now)) {
                answer.put(coin, cached.price());
            } else if (knownUnknown != null && fresh(knownUnknown, now)) {
                notQuoted.add(coin);
            } else {
                ask.add(coin);
            }
        }
        if (ask.isEmpty()) {
            return new LivePrices(answer, notQuoted);
        }
        try {
            LivePrices fetched = source.currentPrices(ask);
            fetched.prices().forEach((coin, price) -> {
                prices.put(coin, new Entry(price, now));
                answer.put(coin, price);
            });
            fetched.unknown().forEach(coin -> unknown.put(coin, now));
            notQuoted.addAll(fetched.unknown());
            return new LivePrices(answer, notQuoted, fetched.stale(), fetched.failure());
        } catch (PriceSourceException failure) {
            Set<Asset> stale = new HashSet<>();
            for (Asset coin : ask) {
                Entry kept = prices.getIfPresent(coin);
                if (kept != null) {
                    answer.put(coin, kept.price());
                    stale.add(coin);
                }
            }
            if (stale.isEmpty() && answer.isEmpty() && notQuoted.isEmpty()) {
                throw failure;
            }
            return new LivePrices(answer, notQuoted, stale, failure.getMessage());
        }
    }

    @Override
    public SourceHealth health() {
        return source.health();
    }

    private boolean fresh(Instant fetchedAt, Instant now) {
        return Duration.between(fetchedAt, now).compareTo(timeToLive) <= 0;
    }
}
