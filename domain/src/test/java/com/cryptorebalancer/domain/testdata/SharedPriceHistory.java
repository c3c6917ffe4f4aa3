package com.cryptorebalancer.domain.testdata;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real daily closes in {@code ../shared/data/prices/daily/<SYMBOL>-USD_1d.csv}, read in place for
 * tests (the real reader lives in {@code adapter-market}). Closes of 0.0 (SHIB's first rows) are missing
 * data and left out, as the adapter does.
 */
public final class SharedPriceHistory {

    private SharedPriceHistory() {
    }

    public static Path file(String symbol) {
        String shared = System.getProperty("shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property shared.dir is not set: run the tests through Maven");
        }
        return Path.of(shared, "data/prices/daily", symbol + "-USD_1d.csv");
    }

    /** Every positive close of the coin, oldest first. */
    public static List<DailyClose> closes(String symbol) {
        Asset asset = new Asset(symbol);
        PriceSource source = new PriceSource("file");
        List<DailyClose> closes = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file(symbol), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                BigDecimal close = new BigDecimal(fields[4]);
                if (close.signum() > 0) {
                    closes.add(new DailyClose(asset, LocalDate.parse(fields[0]), close, source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return closes;
    }

    /** The closes of several coins, keyed in the order given. */
    public static Map<Asset, List<DailyClose>> closes(String... symbols) {
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        for (String symbol : symbols) {
            history.put(new Asset(symbol), closes(symbol));
        }
        return history;
    }
}
