package com.cryptorebalancer.adapter.out.market.kraken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Kraken answers for tests: fixture files next to this package, in Kraken's documented formats with the closes
 * of the shared price files (tickers: 2025-02-20 at 5 decimals, DOGE at 7; OHLC of XBTUSD: 2025-02-16 to
 * 2025-02-20 at 1 decimal, as Kraken quotes XBTUSD), and OHLC answers built from the price files.
 */
final class KrakenFixtures {

    private KrakenFixtures() {
    }

    static String file(String name) {
        try (InputStream in = KrakenFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " next to " + KrakenFixtures.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String errors(String... errors) {
        StringJoiner list = new StringJoiner("\",\"", "{\"error\":[\"", "\"]}");
        for (String error : errors) {
            list.add(error);
        }
        return list.toString();
    }

    static long secondsOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** As Kraken writes an XBTUSD price: 1 decimal. */
    static String krakenDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** An OHLC answer for {@code key} with one daily candle per close (open, high, low, VWAP at the close). */
    static String ohlc(String key, Map<LocalDate, BigDecimal> closes) {
        StringJoiner series = new StringJoiner(",\n", "{\"error\":[],\"result\":{\"" + key + "\":[\n", "");
        closes.forEach((day, close) -> {
            String price = "\"" + krakenDecimal(close) + "\"";
            series.add("[" + secondsOf(day) + "," + price + "," + price + "," + price + "," + price + "," + price
                    + ",\"12.34567890\",4567]");
        });
        return series + "\n],\"last\":" + secondsOf(closes.isEmpty() ? LocalDate.EPOCH
                : closes.keySet().stream().max(LocalDate::compareTo).orElseThrow()) + "}}";
    }
}
