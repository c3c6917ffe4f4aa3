package com.cryptorebalancer.adapter.out.market.binance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;

/**
 * One candle of Binance's {@code GET /api/v3/klines} answer. Binance sends each as an array, not an object:
 * <pre>
 * [
 *   1739836800000,      // 0 open time, ms since the epoch (for interval=1d: 00:00 UTC of the day)
 *   "95773.81250000",   // 1 open
 *   "96695.37500000",   // 2 high
 *   "93388.83593750",   // 3 low
 *   "95539.54687500",   // 4 close (of a day not over yet: the latest price)
 *   "390683.12345678",  // 5 volume, in the base asset
 *   1739923199999,      // 6 close time, ms (open time + 1 day - 1 ms)
 *   "...", 0, "...", "...", "0"   // 7-11 quote volume, trades, taker volumes, unused: not read
 * ]
 * </pre>
 * Prices are decimal strings, read as {@link BigDecimal} without passing through {@code double}.
 *
 * @see <a href="https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints#klinecandlestick-data">Kline/Candlestick data</a>
 */
record BinanceKline(long openTime, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                    BigDecimal volume, long closeTime) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static BinanceKline fromArray(ArrayNode fields) {
        if (fields.size() < 7) {
            throw new IllegalArgumentException("a kline has at least 7 fields, this one " + fields.size() + ": " + fields);
        }
        return new BinanceKline(millis(fields, 0), decimal(fields, 1), decimal(fields, 2), decimal(fields, 3),
                decimal(fields, 4), decimal(fields, 5), millis(fields, 6));
    }

    private static long millis(ArrayNode fields, int index) {
        JsonNode field = fields.get(index);
        if (!field.isIntegralNumber()) {
            throw new IllegalArgumentException("kline field " + index + " should be a time in ms, was " + field);
        }
        return field.longValue();
    }

    private static BigDecimal decimal(ArrayNode fields, int index) {
        JsonNode field = fields.get(index);
        try {
            // Binance quotes prices as strings; a bare number is accepted too, read from its text
            return new BigDecimal(field.isTextual() ? field.textValue() : field.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kline field " + index + " should be a decimal, was " + field, e);
        }
    }
}
