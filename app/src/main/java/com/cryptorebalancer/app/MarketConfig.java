package com.cryptorebalancer.app;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where live and historical prices come from, from {@code REBALANCER_} variables.
 *
 * @param sources         the live and history sources in the order they are asked ({@code REBALANCER_PRICE_SOURCES},
 *                        comma separated, default {@code coingecko,binance,kraken}; {@code none} for none: offline)
 * @param coinGeckoUrl    {@code REBALANCER_COINGECKO_BASE_URL} (default https://api.coingecko.com, or
 *                        https://pro-api.coingecko.com with a pro key)
 * @param coinGeckoKey    {@code REBALANCER_COINGECKO_API_KEY}; never printed
 * @param coinGeckoPro    whether that key is a pro plan's ({@code REBALANCER_COINGECKO_PLAN=pro}; default demo)
 * @param binanceUrl      {@code REBALANCER_BINANCE_BASE_URL} (default https://api.binance.com)
 * @param krakenUrl       {@code REBALANCER_KRAKEN_BASE_URL} (default https://api.kraken.com)
 * @param priceTtl        how long a live price is reused ({@code REBALANCER_PRICE_TTL_SECONDS}, default 120)
 * @param coinGeckoIds    tickers whose CoinGecko id is given, winning over CoinGecko's coins list
 *                        ({@code REBALANCER_COINGECKO_IDS}, e.g. {@code TON=the-open-network,ONE=harmony})
 */
public record MarketConfig(List<String> sources, URI coinGeckoUrl, String coinGeckoKey, boolean coinGeckoPro,
                           URI binanceUrl, URI krakenUrl, Duration priceTtl, Map<String, String> coinGeckoIds) {

    public static final String SOURCES = AppConfig.PREFIX + "PRICE_SOURCES";
    public static final String COINGECKO_URL = AppConfig.PREFIX + "COINGECKO_BASE_URL";
    public static final String COINGECKO_KEY = AppConfig.PREFIX + "COINGECKO_API_KEY";
    public static final String COINGECKO_PLAN = AppConfig.PREFIX + "COINGECKO_PLAN";
    public static final String BINANCE_URL = AppConfig.PREFIX + "BINANCE_BASE_URL";
    public static final String KRAKEN_URL = AppConfig.PREFIX + "KRAKEN_BASE_URL";
    public static final String PRICE_TTL = AppConfig.PREFIX + "PRICE_TTL_SECONDS";
    public static final String COINGECKO_IDS = AppConfig.PREFIX + "COINGECKO_IDS";
    public static final Set<String> KNOWN_SOURCES = Set.of("coingecko", "binance", "kraken");

    public static final MarketConfig DEFAULT = of(Map.of());

    public MarketConfig {
        sources = List.copyOf(sources);
        coinGeckoIds = Map.copyOf(coinGeckoIds);
    }

    /** @throws InvalidConfigException naming the variable whose value is malformed */
    public static MarketConfig of(Map<String, String> settings) {
        String order = text(settings, SOURCES, "coingecko,binance,kraken").toLowerCase(Locale.ROOT);
        List<String> sources = order.equals("none") ? List.of()
                : Arrays.stream(order.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String source : sources) {
            if (!KNOWN_SOURCES.contains(source)) {
                throw new InvalidConfigException(SOURCES + " lists '" + source + "': the sources are coingecko, binance and"
                        + " kraken (or none)");
            }
        }
        String plan = text(settings, COINGECKO_PLAN, "demo").toLowerCase(Locale.ROOT);
        if (!plan.equals("demo") && !plan.equals("pro")) {
            throw new InvalidConfigException(COINGECKO_PLAN + " must be demo or pro, was '" + plan + "'");
        }
        boolean pro = plan.equals("pro");
        String key = settings.getOrDefault(COINGECKO_KEY, "").strip();
        return new MarketConfig(sources,
                url(settings, COINGECKO_URL, pro ? "https://pro-api.coingecko.com" : "https://api.coingecko.com"),
                key.isEmpty() ? null : key, pro, url(settings, BINANCE_URL, "https://api.binance.com"),
                url(settings, KRAKEN_URL, "https://api.kraken.com"), Duration.ofSeconds(seconds(settings)), ids(settings));
    }

    @Override
    public String toString() {
        return "MarketConfig[sources=" + sources + ", coingecko=" + coinGeckoUrl + " (key " + (coinGeckoKey == null ? "not set"
                : "set, " + (coinGeckoPro ? "pro" : "demo")) + "), binance=" + binanceUrl + ", kraken=" + krakenUrl
                + ", priceTtl=" + priceTtl.toSeconds() + " s]";
    }

    private static String text(Map<String, String> settings, String key, String fallback) {
        String value = settings.getOrDefault(key, "").strip();
        return value.isEmpty() ? fallback : value;
    }

    private static URI url(Map<String, String> settings, String key, String fallback) {
        String value = text(settings, key, fallback);
        try {
            URI url = URI.create(value);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(key + " must be an http or https URL such as " + fallback + ", was '" + value + "'");
        }
    }

    private static Map<String, String> ids(Map<String, String> settings) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        String value = text(settings, COINGECKO_IDS, "");
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidConfigException(COINGECKO_IDS + " must be TICKER=coingecko-id pairs separated by commas,"
                        + " e.g. TON=the-open-network; '" + pair.strip() + "' is not one");
            }
            ids.put(parts[0].strip().toUpperCase(Locale.ROOT), parts[1].strip());
        }
        return ids;
    }

    private static long seconds(Map<String, String> settings) {
        String value = text(settings, PRICE_TTL, "120");
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(PRICE_TTL + " must be a number of seconds (0 or more), was '" + value + "'");
        }
    }
}
