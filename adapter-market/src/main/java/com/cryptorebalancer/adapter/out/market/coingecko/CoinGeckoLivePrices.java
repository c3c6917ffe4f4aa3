package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Current USD prices from CoinGecko's {@code simple/price}: tickers become ids (see {@link CoinGeckoSymbols}),
 * the ids are asked in as few requests as {@link CoinGeckoLimits} allow, and each answer becomes a
 * {@link Price} at CoinGecko's {@code last_updated_at} (or at the answer's time when it gives none). A coin
 * CoinGecko does not list, or has no positive USD price for, is reported unknown, never priced at zero.
 * Built by {@link CoinGecko#create}.
 */
public final class CoinGeckoLivePrices implements LivePricesPort {

    private final CoinGeckoClient client;
    private final CoinGeckoSymbols symbols;
    private final Clock clock;
    private final PriceSource source;

    CoinGeckoLivePrices(CoinGeckoClient client, CoinGeckoSymbols symbols, Clock clock) {
        this.client = client;
        this.symbols = symbols;
        this.clock = clock;
        this.source = new PriceSource(client.source());
    }

    @Override
    public String source() {
        return source.name();
    }

    @Override
    public LivePrices currentPrices(Set<Asset> coins) {
        if (coins.isEmpty()) {
            return new LivePrices(Map.of(), Set.of());
        }
        Map<Asset, String> ids = symbols.idsFor(coins);
        Map<String, CoinGeckoSimplePrice> answer = ids.isEmpty() ? Map.of() : client.simplePrices(ids.values());
        Instant answeredAt = clock.instant();
        Map<Asset, Price> prices = new HashMap<>();
        Set<Asset> unknown = new HashSet<>();
        for (Asset coin : coins) {
            String id = ids.get(coin);
            Optional<Price> price = id == null ? Optional.empty()
                    : CoinGeckoAdapters.adaptPrice(coin, answer.get(id), source, answeredAt);
            price.ifPresentOrElse(p -> prices.put(coin, p), () -> unknown.add(coin));
        }
        return new LivePrices(prices, unknown);
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }
}
