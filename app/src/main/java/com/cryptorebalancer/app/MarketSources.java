package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.market.cache.CachedLivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The live and history sources of {@link MarketConfig}, in its order, each built once per process; the
 * live ones behind the price cache (their last prices served stale when they fail, for up to a day).
 */
final class MarketSources {

    private static final Duration KEEP_STALE_FOR = Duration.ofHours(24);

    private final List<LivePricesPort> live = new ArrayList<>();
    private final List<PriceHistoryPort> history = new ArrayList<>();

    MarketSources(MarketConfig config, Clock clock) {
        for (String name : config.sources()) {
            add(name, config, clock);
        }
    }

    private void add(String name, MarketConfig config, Clock clock) {
        switch (name) {
            default -> throw new InvalidConfigException(MarketConfig.SOURCES + " lists '" + name + "', which is not built yet");
        }
    }

    private void add(LivePricesPort prices, PriceHistoryPort closes, MarketConfig config, Clock clock) {
        live.add(new CachedLivePrices(prices, config.priceTtl(), KEEP_STALE_FOR, clock));
        history.add(closes);
    }

    List<LivePricesPort> live() {
        return live;
    }

    List<PriceHistoryPort> history() {
        return history;
    }
}
