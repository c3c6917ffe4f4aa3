package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Kraken's public market data as the application's ports: current prices and daily closes, sharing one
 * {@link MarketHttp} and one list of Kraken's USD markets, so that one rate limit, one circuit breaker and one
 * health cover both.
 *
 * @param livePrices   current USD prices
 * @param priceHistory daily USD closes (the last 720 days at most)
 */
public record Kraken(KrakenLivePrices livePrices, KrakenPriceHistory priceHistory) {

    /** The source's name on every price and close. */
    public static final String SOURCE = "kraken";
    public static final URI BASE_URL = URI.create("https://api.kraken.com");

    public Kraken {
        Objects.requireNonNull(livePrices, "live prices must not be null");
        Objects.requireNonNull(priceHistory, "price history must not be null");
    }

    /**
     * One request a second: Kraken's public endpoints allow about that much per IP address (more in a burst,
     * then {@code EGeneral:Too many requests}), and a call of ours takes one or two.
     */
    public static SourceSettings defaultSettings(URI baseUrl) {
        return SourceSettings.of(SOURCE, baseUrl, 1, Duration.ofSeconds(1));
    }

    public static Kraken create(URI baseUrl, Clock clock) {
        return create(defaultSettings(baseUrl), clock);
    }

    /** Both ports with settings of one's own (tests: short timeouts and backoff); the name should be "kraken". */
    public static Kraken create(SourceSettings settings, Clock clock) {
        KrakenClient client = new KrakenClient(new MarketHttp(settings, clock));
        KrakenUsdMarkets usdMarkets = new KrakenUsdMarkets(client, clock);
        return new Kraken(new KrakenLivePrices(client, usdMarkets, clock),
                new KrakenPriceHistory(client, usdMarkets, clock));
    }
}
