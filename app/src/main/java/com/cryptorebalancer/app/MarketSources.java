package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.market.binance.Binance;
import com.cryptorebalancer.adapter.out.market.cache.CachedLivePrices;
import com.cryptorebalancer.adapter.out.market.coingecko.CoinGecko;
import com.cryptorebalancer.adapter.out.market.kraken.Kraken;
import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceHistoryPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live and history sources of {@link MarketConfig}, in its order, each built once per process on
 * first use (a command that prices locally never starts an HTTP client); the live ones behind the price
 * cache (their last prices served stale when they fail, for up to a day).
 */
final class MarketSources {

    private static final Duration KEEP_STALE_FOR = Duration.ofHours(24);

    /** One source's two ports, sharing its HTTP client, rate limit and circuit breaker. */
    private record Built(LivePricesPort live, PriceHistoryPort history) {
    }

    private final MarketConfig config;
    private final Clock clock;
    private final Map<String, Built> built = new HashMap<>();

    MarketSources(MarketConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    List<LivePricesPort> live() {
        return config.sources().stream().<LivePricesPort>map(Lazy::new).toList();
    }

    List<PriceHistoryPort> history() {
        return config.sources().stream().<PriceHistoryPort>map(Lazy::new).toList();
    }

    private synchronized Built built(String name) {
        return built.computeIfAbsent(name, this::build);
    }

    private Built build(String name) {
        Built source = switch (name) {
            case "coingecko" -> {
                CoinGecko.Plan plan = config.coinGeckoKey() == null ? CoinGecko.Plan.NONE
                        : config.coinGeckoPro() ? CoinGecko.Plan.PRO : CoinGecko.Plan.DEMO;
                CoinGecko coinGecko = CoinGecko.create(config.coinGeckoUrl(), config.coinGeckoKey(), plan,
                        config.coinGeckoIds(), clock);
                yield new Built(coinGecko.livePrices(), coinGecko.priceHistory());
            }
            case "binance" -> {
                Binance binance = Binance.create(config.binanceUrl(), clock);
                yield new Built(binance.livePrices(), binance.priceHistory());
            }
            case "kraken" -> {
                Kraken kraken = Kraken.create(config.krakenUrl(), clock);
                yield new Built(kraken.livePrices(), kraken.priceHistory());
            }
            default -> throw new IllegalStateException("MarketConfig lets through only known sources, not '" + name + "'");
        };
        return new Built(new CachedLivePrices(source.live(), config.priceTtl(), KEEP_STALE_FOR, clock), source.history());
    }

    /**
     * A source built when first asked, as either port: both of a source share its HTTP client, so its health is
     * one and the same.
     */
    private final class Lazy implements LivePricesPort, PriceHistoryPort {

        private final String name;

        Lazy(String name) {
            this.name = name;
        }

        @Override
        public String source() {
            return name;
        }

        @Override
        public LivePrices currentPrices(Set<Asset> coins) {
            return built(name).live().currentPrices(coins);
        }

        @Override
        public List<DailyClose> dailyCloses(Asset coin, LocalDate first, LocalDate last) {
            return built(name).history().dailyCloses(coin, first, last);
        }

        @Override
        public SourceHealth health() {
            return built(name).live().health();
        }
    }
}
