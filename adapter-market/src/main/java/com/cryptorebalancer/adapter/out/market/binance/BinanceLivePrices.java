package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Current USD prices from Binance: every ticker in one request (without a symbol: weight 4 whatever the number of
 * coins, where asking symbol by symbol costs 2 each), then each coin's USD-stablecoin market picked as
 * {@link BinanceAdapters} explains. Binance gives no time with a price: the time of its answer is used.
 */
public final class BinanceLivePrices implements LivePricesPort {

    private final BinanceClient client;
    private final Clock clock;

    BinanceLivePrices(BinanceClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String source() {
        return client.source();
    }

    @Override
    public LivePrices currentPrices(Set<Asset> coins) {
        Objects.requireNonNull(coins, "coins must not be null");
        if (coins.isEmpty()) {
            return new LivePrices(Map.of(), Set.of());
        }
        List<BinanceTickerPrice> tickers = client.tickerPrices();
        return BinanceAdapters.adaptPrices(tickers, coins, new PriceSource(source()), clock.instant());
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }
}
