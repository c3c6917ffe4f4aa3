package com.cryptorebalancer.adapter.out.market.kraken;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * One pair of Kraken's {@code GET /0/public/Ticker} answer, under its pair key: arrays of decimal strings, of
 * which these are read:
 * <pre>
 * "a": ["97600.10000", "1", "1.000"]   ask: price, whole lot volume, lot volume
 * "b": ["97600.00000", "2", "2.000"]   bid: likewise
 * "c": ["97600.06250", "0.00120000"]   last trade closed: price, lot volume
 * "o": "96628.39844"                   today's opening price (00:00 UTC)
 * </pre>
 * (also {@code v}, {@code p}, {@code t}, {@code l}, {@code h}: volumes, VWAP, trades, lows and highs, not read).
 *
 * @see <a href="https://docs.kraken.com/api/docs/rest-api/get-ticker-information">Get ticker information</a>
 */
record KrakenTicker(@JsonProperty("a") List<BigDecimal> ask, @JsonProperty("b") List<BigDecimal> bid,
                    @JsonProperty("c") List<BigDecimal> lastTrade, @JsonProperty("o") BigDecimal open) {

    /** The price of the last trade, or null when Kraken sent none. */
    BigDecimal lastPrice() {
        return lastTrade == null || lastTrade.isEmpty() ? null : lastTrade.get(0);
    }
}
