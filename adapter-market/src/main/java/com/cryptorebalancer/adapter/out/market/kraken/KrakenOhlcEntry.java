package com.cryptorebalancer.adapter.out.market.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * One candle of Kraken's {@code GET /0/public/OHLC} answer, an array:
 * <pre>
 * [
 *   1739836800,    // 0 time the interval begins, s since the epoch (interval=1440: 00:00 UTC of the day)
 *   "95773.8",     // 1 open
 *   "96695.4",     // 2 high
 *   "93388.8",     // 3 low
 *   "95539.5",     // 4 close (of the last, unfinished interval: the latest price)
 *   "95012.3",     // 5 volume-weighted average price
 *   "1234.5678",   // 6 volume
 *   45678          // 7 number of trades
 * ]
 * </pre>
 */
record KrakenOhlcEntry(long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal vwap,
                       BigDecimal volume, long count) {

    static KrakenOhlcEntry fromArray(JsonNode fields) {
        if (!fields.isArray() || fields.size() < 8) {
            throw new IllegalArgumentException("an OHLC entry is an array of 8 fields, this one is " + fields);
        }
        return new KrakenOhlcEntry(integer(fields, 0), decimal(fields, 1), decimal(fields, 2), decimal(fields, 3),
                decimal(fields, 4), decimal(fields, 5), decimal(fields, 6), integer(fields, 7));
    }

    private static long integer(JsonNode fields, int index) {
        JsonNode field = fields.get(index);
        if (!field.isIntegralNumber()) {
            throw new IllegalArgumentException("OHLC field " + index + " should be a whole number, was " + field);
        }
        return field.longValue();
    }

    private static BigDecimal decimal(JsonNode fields, int index) {
        JsonNode field = fields.get(index);
        try {
            return new BigDecimal(field.isTextual() ? field.textValue() : field.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OHLC field " + index + " should be a decimal, was " + field, e);
        }
    }
}
