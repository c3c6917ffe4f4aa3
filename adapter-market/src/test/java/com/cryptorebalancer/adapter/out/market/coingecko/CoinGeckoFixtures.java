package com.cryptorebalancer.adapter.out.market.coingecko;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoinGecko's documented answers, as files next to these tests, their numbers taken from the daily files in
 * {@code shared/data/prices/daily} (closes of 2024-03-01 and BTC's closes around it).
 */
final class CoinGeckoFixtures {

    private CoinGeckoFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = CoinGeckoFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name + " next to " + CoinGeckoFixtures.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BTC's daily USD closes 2021-02-27 to 2024-03-02, copied from {@code BTC-USD_1d.csv}. */
    static Map<LocalDate, BigDecimal> btcCloses() {
        Map<LocalDate, BigDecimal> closes = new LinkedHashMap<>();
        resource("BTC-USD_1d-closes-2021-02-27_2024-03-02.csv").lines().skip(1).forEach(line -> {
            String[] fields = line.split(",");
            closes.put(LocalDate.parse(fields[0]), new BigDecimal(fields[1]));
        });
        return closes;
    }
}
