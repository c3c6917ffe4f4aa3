package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.domain.money.Asset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Which coins Kraken trades against USD, asked once ({@code AssetPairs}, one request for every pair) and kept in
 * memory for a day. Asking for these markets only, a batch of tickers never meets
 * {@code EQuery:Unknown asset pair}, which fails the whole batch without saying which pair it did not know;
 * the price of that is one request a day. Listings change rarely: should Kraken still refuse a pair, the
 * callers {@link #forget} the list and ask again once.
 */
final class KrakenUsdMarkets {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final KrakenClient client;
    private final Clock clock;
    private Map<Asset, KrakenMarket> markets;
    private Instant fetched;

    KrakenUsdMarkets(KrakenClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The coin's USD market, if Kraken has one. */
    Optional<KrakenMarket> of(Asset coin) {
        return Optional.ofNullable(all().get(coin));
    }

    /** Every USD market by our coin, fetched when not known or older than a day. */
    synchronized Map<Asset, KrakenMarket> all() {
        Instant now = clock.instant();
        if (markets == null || !now.isBefore(fetched.plus(KEPT_FOR))) {
            markets = Map.copyOf(KrakenAdapters.adaptUsdMarkets(client.assetPairs()));
            fetched = now;
        }
        return markets;
    }

    /** Drops the list, so that the next use asks Kraken again. */
    synchronized void forget() {
        markets = null;
    }
}
