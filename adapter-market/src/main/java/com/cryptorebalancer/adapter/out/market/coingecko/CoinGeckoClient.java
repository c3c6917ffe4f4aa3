package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CoinGecko endpoints this app reads, one method per endpoint, answering CoinGecko's own shapes (the raw
 * DTOs); no domain types here. Long id lists are split here, because how much a URL may carry is a property
 * of the API. Every request goes through one {@link MarketHttp} (rate limit, retries, circuit breaker,
 * health) with the plan's key as a header, never in the URL.
 *
 * @see <a href="https://docs.coingecko.com/reference/introduction">CoinGecko API reference</a>
 */
final class CoinGeckoClient {

    /** {@code coins/markets} answers at most 250 coins per page ({@code per_page} maximum). */
    static final int MARKETS_PER_PAGE = 250;

    private static final Type PRICES = new TypeReference<Map<String, CoinGeckoSimplePrice>>() { }.getType();
    private static final Type COINS = new TypeReference<List<CoinGeckoCoin>>() { }.getType();
    private static final Type MARKETS = new TypeReference<List<CoinGeckoMarket>>() { }.getType();

    private final MarketHttp http;
    private final Map<String, String> keyHeader;
    private final CoinGeckoLimits limits;

    /** @param keyHeader the plan's API key header, or empty without a key */
    CoinGeckoClient(MarketHttp http, Map<String, String> keyHeader, CoinGeckoLimits limits) {
        this.http = Objects.requireNonNull(http, "CoinGecko client needs an HTTP client");
        this.keyHeader = Map.copyOf(keyHeader);
        this.limits = Objects.requireNonNull(limits, "CoinGecko client needs limits");
    }

    String source() {
        return http.source();
    }

    SourceHealth health() {
        return http.health();
    }

    /** {@code GET /api/v3/coins/list}: every coin CoinGecko lists (about 17,000), in one request. */
    List<CoinGeckoCoin> coinsList() {
        List<CoinGeckoCoin> coins = http.getJson("/api/v3/coins/list", keyHeader, COINS);
        return coins.stream().filter(coin -> coin != null && coin.id() != null && coin.symbol() != null).toList();
    }

    /**
     * {@code GET /api/v3/simple/price} for all the ids, in as few requests as the limits allow.
     *
     * @return the entries CoinGecko gave for these ids (an id it does not know is absent)
     */
    Map<String, CoinGeckoSimplePrice> simplePrices(Collection<String> ids) {
        Map<String, CoinGeckoSimplePrice> prices = new HashMap<>();
        String path = "/api/v3/simple/price?ids=";
        String rest = "&vs_currencies=usd&include_last_updated_at=true";
        for (List<String> batch : IdBatches.split(ids, limits.idsPerPriceRequest(), room(path, rest))) {
            Map<String, CoinGeckoSimplePrice> answer = http.getJson(path + IdBatches.join(batch) + rest, keyHeader, PRICES);
            // only what was asked: an answer naming other ids must not price coins it was not asked about
            batch.stream().filter(id -> answer.get(id) != null).forEach(id -> prices.put(id, answer.get(id)));
        }
        return prices;
    }

    /**
     * {@code GET /api/v3/coins/markets?vs_currency=usd&ids=...&per_page=250}, for the ids' market caps.
     *
     * @return the entries CoinGecko gave (an id it does not know is absent)
     */
    List<CoinGeckoMarket> markets(Collection<String> ids) {
        List<CoinGeckoMarket> markets = new ArrayList<>();
        String path = "/api/v3/coins/markets?vs_currency=usd&ids=";
        String rest = "&per_page=" + MARKETS_PER_PAGE;
        for (List<String> batch : IdBatches.split(ids, MARKETS_PER_PAGE, room(path, rest))) {
            List<CoinGeckoMarket> answer = http.getJson(path + IdBatches.join(batch) + rest, keyHeader, MARKETS);
            answer.stream().filter(market -> market != null && market.id() != null).forEach(markets::add);
        }
        return markets;
    }

    /**
     * {@code GET /api/v3/coins/{id}/market_chart/range?vs_currency=usd&from=..&to=..} with both ends in UNIX
     * seconds (CoinGecko includes points at both ends).
     *
     * @throws PriceSourceException when the answer has no price series
     */
    CoinGeckoMarketChart marketChartRange(String id, Instant from, Instant to) {
        String path = "/api/v3/coins/" + IdBatches.encode(id) + "/market_chart/range?vs_currency=usd&from="
                + from.getEpochSecond() + "&to=" + to.getEpochSecond();
        CoinGeckoMarketChart chart = http.getJson(path, keyHeader, CoinGeckoMarketChart.class);
        if (chart.prices() == null) {
            throw new PriceSourceException(source(), "answered the market chart of " + id + " without \"prices\"");
        }
        return chart;
    }

    /** Characters left for the ids in a URL with this path and rest of query. */
    private int room(String path, String rest) {
        return limits.maxUrlChars() - http.baseUrl().toString().length() - path.length() - rest.length();
    }
}
