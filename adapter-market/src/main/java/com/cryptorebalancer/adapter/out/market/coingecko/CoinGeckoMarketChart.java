package com.cryptorebalancer.adapter.out.market.coingecko;

import java.math.BigDecimal;
import java.util.List;

/**
 * The part we read of {@code GET /api/v3/coins/{id}/market_chart/range?vs_currency=usd&from=..&to=..}:
 * {@code {"prices":[[1709337600000,62440.63],...],"market_caps":[...],"total_volumes":[...]}}.
 *
 * @param prices each point is {@code [UNIX milliseconds, USD price]}; the price can be null. Over ranges
 *               above 90 days the points are daily, stamped 00:00 UTC; over shorter ones hourly; when the range
 *               reaches the present the last point is the current price at its own time
 *               (https://docs.coingecko.com/reference/coins-id-market-chart-range)
 */
record CoinGeckoMarketChart(List<List<BigDecimal>> prices) {
}
