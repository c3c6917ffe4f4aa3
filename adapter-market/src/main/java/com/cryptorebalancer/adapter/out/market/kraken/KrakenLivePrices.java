package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Current USD prices from Kraken: the last trade of each coin's USD market, all in one Ticker request. Only
 * markets Kraken lists ({@link KrakenUsdMarkets}) are asked for; coins without one are unknown without asking.
 * Kraken gives no time with a ticker: the time of its answer is used.
 */
public final class KrakenLivePrices implements LivePricesPort {

    private final KrakenClient client;
    private final KrakenUsdMarkets usdMarkets;
    private final Clock clock;

    KrakenLivePrices(KrakenClient client, KrakenUsdMarkets usdMarkets, Clock clock) {
        this.client = client;
        this.usdMarkets = usdMarkets;
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
        try {
            return ask(coins);
        } catch (KrakenErrors.UnknownPairException listingChanged) {
            // a market delisted since the list was fetched: fetch it again and ask once more
            usdMarkets.forget();
            try {
                return ask(coins);
            } catch (KrakenErrors.UnknownPairException again) {
                throw new PriceSourceException(source(), "refuses pairs its own list of pairs has ("
                        + KrakenErrors.UNKNOWN_PAIR + " for " + again.pairs() + ")", again);
            }
        }
    }

    private LivePrices ask(Set<Asset> coins) {
        Map<Asset, KrakenMarket> markets = usdMarkets.all();
        List<KrakenMarket> asked = new ArrayList<>();
        Set<Asset> withoutMarket = new HashSet<>();
        for (Asset coin : coins) {
            KrakenMarket market = markets.get(coin);
            if (market == null) {
                withoutMarket.add(coin);
            } else {
                asked.add(market);
            }
        }
        if (asked.isEmpty()) {
            return new LivePrices(Map.of(), withoutMarket);
        }
        Map<String, KrakenTicker> tickers = client.tickers(asked.stream().map(KrakenMarket::altname).sorted().toList());
        return KrakenAdapters.adaptPrices(tickers, asked, withoutMarket, new PriceSource(source()), clock.instant());
    }

    @Override
    public SourceHealth health() {
        return client.health();
    }
}
