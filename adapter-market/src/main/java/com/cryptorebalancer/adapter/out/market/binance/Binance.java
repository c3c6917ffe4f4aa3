package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Binance's public market data as the application's ports: current prices and daily closes, sharing one
 * {@link MarketHttp}, so that one rate limit, one circuit breaker and one health cover both.
 *
 * @param livePrices   current USD prices (USD stablecoin quotes taken as USD)
 * @param priceHistory daily USD closes
 */
public record Binance(BinanceLivePrices livePrices, BinancePriceHistory priceHistory) {

    /** The source's name on every price and close. */
    public static final String SOURCE = "binance";
    public static final URI BASE_URL = URI.create("https://api.binance.com");

    public Binance {
        Objects.requireNonNull(livePrices, "live prices must not be null");
        Objects.requireNonNull(priceHistory, "price history must not be null");
    }

    /**
     * Binance's limits, with room to spare: it allows a request weight of 6,000 per minute per IP address, and
     * our heaviest request (every ticker at once) weighs 4, a klines request 2. 600 requests a minute use at most
     * 2,400 of that weight, so that other programs on the same address (a trading connector, a second instance)
     * keep more than half of it, and a burst never earns a 429 or, after 429s ignored, an IP ban (HTTP 418).
     */
    public static SourceSettings defaultSettings(URI baseUrl) {
        return SourceSettings.of(SOURCE, baseUrl, 600, Duration.ofMinutes(1));
    }

    /** Both ports on {@code baseUrl} ({@link #BASE_URL}, or a mirror such as {@code https://api1.binance.com}). */
    public static Binance create(URI baseUrl, Clock clock) {
        return create(defaultSettings(baseUrl), clock);
    }

    /** Both ports with settings of one's own (tests: short timeouts and backoff); the name should be "binance". */
    public static Binance create(SourceSettings settings, Clock clock) {
        BinanceClient client = new BinanceClient(new MarketHttp(settings, clock));
        return new Binance(new BinanceLivePrices(client, clock), new BinancePriceHistory(client, clock));
    }
}
