package com.cryptorebalancer.adapter.out.market.coingecko;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The part we read of one entry of {@code GET /api/v3/coins/markets?vs_currency=usd&ids=...}:
 * {@code {"id":"ethereum","symbol":"eth","current_price":3435.05,"market_cap":412612345678,...}}.
 * Coins CoinGecko has no market cap for answer {@code null} (sometimes {@code 0}).
 */
record CoinGeckoMarket(@JsonProperty("id") String id, @JsonProperty("symbol") String symbol,
                       @JsonProperty("market_cap") BigDecimal marketCap) {
}
