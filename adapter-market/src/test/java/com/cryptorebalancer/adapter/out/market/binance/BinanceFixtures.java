package com.cryptorebalancer.adapter.out.market.binance;

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
 * Binance answers for tests: fixture files next to this package (the closes of 2025-02-18 to 2025-02-20 from
 * the shared price files, at Binance's 8 decimals; the USDC and FDUSD markets of BTC and ETH a few dollars off
 * USDT so that the one picked shows, and the stablecoin markets, which have no price file, near 1), and klines
 * built from the price files in Binance's array format.
 */
final class BinanceFixtures {

    private BinanceFixtures() {
    }

    static String file(String name) {
        try (InputStream in = BinanceFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " next to " + BinanceFixtures.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As Binance writes a price: 8 decimals. */
    static String binanceDecimal(BigDecimal value) {
        return value.setScale(8, RoundingMode.HALF_UP).toPlainString();
    }

    static long openTime(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A klines answer with one daily candle per close (open, high and low set to the close: not read). */
    static String klines(Map<LocalDate, BigDecimal> closes) {
        StringJoiner answer = new StringJoiner(",\n", "[\n", "\n]");
        closes.forEach((day, close) -> {
            String price = "\"" + binanceDecimal(close) + "\"";
            answer.add("[" + openTime(day) + "," + price + "," + price + "," + price + "," + price + ",\"1000.00000000\","
                    + (openTime(day) + 86_399_999L) + ",\"0\",100,\"0\",\"0\",\"0\"]");
        });
        return answer.toString();
    }
}
