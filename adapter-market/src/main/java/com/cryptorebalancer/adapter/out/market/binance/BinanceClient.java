package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Binance's public market-data endpoints as they are: raw answers, no keys, every request through one
 * {@link MarketHttp} (rate limit, retries, circuit breaker). What the answers mean is for {@link BinanceAdapters}.
 */
final class BinanceClient {

    /** Binance answers at most this many candles per klines request. */
    static final int MAX_KLINES = 1000;

    private static final Type TICKER_PRICES = new TypeReference<List<BinanceTickerPrice>>() { }.getType();
    private static final Type KLINES = new TypeReference<List<BinanceKline>>() { }.getType();

    private final MarketHttp http;

    BinanceClient(MarketHttp http) {
        this.http = http;
    }

    String source() {
        return http.source();
    }

    SourceHealth health() {
        return http.health();
    }

    /** The last price of every symbol Binance lists, in one request (weight 4 without a symbol). */
    List<BinanceTickerPrice> tickerPrices() {
        return http.getJson("/api/v3/ticker/price", Map.of(), TICKER_PRICES);
    }

    /**
     * The daily candles of {@code symbol} opening from {@code start} to {@code end} inclusive (weight 2).
     *
     * @throws com.cryptorebalancer.adapter.out.market.http.MarketHttpException HTTP 400 with code -1121 when
     *         Binance has no such symbol ({@link BinanceErrors#isInvalidSymbol})
     */
    List<BinanceKline> dailyKlines(String symbol, Instant start, Instant end) {
        return http.getJson("/api/v3/klines?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8) + "&interval=1d&startTime=" + start.toEpochMilli()
                + "&endTime=" + end.toEpochMilli() + "&limit=" + MAX_KLINES, Map.of(), KLINES);
    }
}
