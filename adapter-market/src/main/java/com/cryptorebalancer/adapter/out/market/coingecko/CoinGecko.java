package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The CoinGecko source: its live-prices and price-history ports, sharing one HTTP client (so one rate-limit
 * budget, one circuit breaker, one health record) and one symbol-to-id map (so the coins list is fetched once).
 */
public final class CoinGecko {

    /** The name on every price and close this source gives, and in its messages. */
    public static final String SOURCE = "coingecko";

    /**
     * How the API is reached: where, with which key header, and at what rate. Rates are what CoinGecko
     * documented for each plan (https://docs.coingecko.com/reference/common-errors-rate-limit); a plan allowing
     * more can say so through {@link #create(SourceSettings, String, Plan, Map, CoinGeckoLimits, Clock)}.
     */
    public enum Plan {
        /** No key: the public API, limited per IP at "10-30 calls a minute depending on traffic"; 10 is safe. */
        NONE("https://api.coingecko.com", null, 10, Duration.ofDays(365)),
        /** A free Demo key: the public API, 30 calls a minute, history reaching 365 days back. */
        DEMO("https://api.coingecko.com", "x-cg-demo-api-key", 30, Duration.ofDays(365)),
        /** A paid key: the Pro API, 250 calls a minute on the smallest paid plan, the whole history. */
        PRO("https://pro-api.coingecko.com", "x-cg-pro-api-key", 250, null);

        private final URI baseUrl;
        private final String keyHeader;
        private final int requestsPerMinute;
        private final Duration historyReach;

        Plan(String baseUrl, String keyHeader, int requestsPerMinute, Duration historyReach) {
            this.baseUrl = URI.create(baseUrl);
            this.keyHeader = keyHeader;
            this.requestsPerMinute = requestsPerMinute;
            this.historyReach = historyReach;
        }

        public URI baseUrl() {
            return baseUrl;
        }

        public int requestsPerMinute() {
            return requestsPerMinute;
        }
    }

    private final CoinGeckoLivePrices livePrices;
    private final CoinGeckoPriceHistory priceHistory;

    private CoinGecko(CoinGeckoLivePrices livePrices, CoinGeckoPriceHistory priceHistory) {
        this.livePrices = livePrices;
        this.priceHistory = priceHistory;
    }

    /**
     * CoinGecko with the plan's rate limit and the default {@link SourceSettings} and {@link CoinGeckoLimits}.
     *
     * @param baseUrl     e.g. {@code https://api.coingecko.com} (paths start with {@code /api/v3}); null for the plan's
     * @param apiKey      the plan's key, sent only as its header; null for plan {@link Plan#NONE}
     * @param idOverrides ticker to CoinGecko id ({@code "TON" -> "the-open-network"}), winning over the coins list
     */
    public static CoinGecko create(URI baseUrl, String apiKey, Plan plan, Map<String, String> idOverrides, Clock clock) {
        return create(settings(plan, baseUrl), apiKey, plan, idOverrides, CoinGeckoLimits.defaults(), clock);
    }

    /** As {@link #create(URI, String, Plan, Map, Clock)}, with the HTTP behaviour and request sizes given. */
    public static CoinGecko create(SourceSettings settings, String apiKey, Plan plan, Map<String, String> idOverrides,
                                   CoinGeckoLimits limits, Clock clock) {
        Objects.requireNonNull(settings, "CoinGecko needs source settings");
        Objects.requireNonNull(plan, "CoinGecko needs a plan (NONE, DEMO or PRO)");
        Objects.requireNonNull(idOverrides, "CoinGecko id overrides must not be null (empty for none)");
        Objects.requireNonNull(limits, "CoinGecko needs limits");
        Objects.requireNonNull(clock, "CoinGecko needs a clock");
        CoinGeckoClient client = new CoinGeckoClient(new MarketHttp(settings, clock), keyHeader(plan, apiKey), limits);
        CoinGeckoSymbols symbols = new CoinGeckoSymbols(client, idOverrides, clock);
        return new CoinGecko(new CoinGeckoLivePrices(client, symbols, clock),
                new CoinGeckoPriceHistory(client, symbols, limits, plan.historyReach, clock));
    }

    /**
     * The default settings ({@link SourceSettings#of}) at the plan's rate per minute.
     *
     * @param baseUrl null for the plan's own
     */
    public static SourceSettings settings(Plan plan, URI baseUrl) {
        Objects.requireNonNull(plan, "CoinGecko needs a plan (NONE, DEMO or PRO)");
        return SourceSettings.of(SOURCE, baseUrl == null ? plan.baseUrl : baseUrl, plan.requestsPerMinute,
                Duration.ofMinutes(1));
    }

    public CoinGeckoLivePrices livePrices() {
        return livePrices;
    }

    public CoinGeckoPriceHistory priceHistory() {
        return priceHistory;
    }

    /** The key's header; the messages name the plan, never the key. */
    private static Map<String, String> keyHeader(Plan plan, String apiKey) {
        boolean hasKey = apiKey != null && !apiKey.isBlank();
        if (plan.keyHeader == null) {
            if (hasKey) {
                throw new IllegalArgumentException("a CoinGecko API key was given with plan NONE, which sends none: "
                        + "choose DEMO or PRO to match the key");
            }
            return Map.of();
        }
        if (!hasKey) {
            throw new IllegalArgumentException("CoinGecko plan " + plan + " needs its API key");
        }
        return Map.of(plan.keyHeader, apiKey.strip());
    }
}
