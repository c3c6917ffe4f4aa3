package com.cryptorebalancer.adapter.out.market.binance;

import java.math.BigDecimal;

/**
 * One element of Binance's {@code GET /api/v3/ticker/price} answer: the last traded price of a symbol, e.g.
 * {@code {"symbol":"BTCUSDT","price":"97600.06250000"}}. The symbol is base and quote run together, the price is a
 * decimal string in the quote asset, and there is no time.
 *
 * @see <a href="https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints#symbol-price-ticker">Symbol price ticker</a>
 */
record BinanceTickerPrice(String symbol, BigDecimal price) {
}
