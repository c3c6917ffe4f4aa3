package com.cryptorebalancer.adapter.out.market.kraken;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code result} of Kraken's {@code GET /0/public/OHLC}: the candles under the pair key, next to a number,
 * {@code {"XXBTZUSD":[[...],[...]], "last":1740009600}}. Kraken sends at most the 720 most recent candles,
 * whatever {@code since} asks for.
 *
 * @param series the candles by pair key, oldest first
 * @param last   the time to ask {@code since} for the candles after these, or null
 * @see <a href="https://docs.kraken.com/api/docs/rest-api/get-ohlc-data">Get OHLC data</a>
 */
record KrakenOhlc(Map<String, List<KrakenOhlcEntry>> series, Long last) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static KrakenOhlc fromObject(ObjectNode result) {
        Map<String, List<KrakenOhlcEntry>> series = new LinkedHashMap<>();
        Long last = null;
        for (Map.Entry<String, JsonNode> field : result.properties()) {
            if ("last".equals(field.getKey())) {
                last = field.getValue().asLong();
            } else if (field.getValue().isArray()) {
                List<KrakenOhlcEntry> entries = new ArrayList<>();
                field.getValue().forEach(entry -> entries.add(KrakenOhlcEntry.fromArray(entry)));
                series.put(field.getKey(), entries);
            } else {
                throw new IllegalArgumentException("OHLC of " + field.getKey() + " should be an array, was "
                        + field.getValue());
            }
        }
        return new KrakenOhlc(series, last);
    }
}
