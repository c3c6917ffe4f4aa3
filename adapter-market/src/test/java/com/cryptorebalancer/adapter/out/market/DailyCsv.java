package com.cryptorebalancer.adapter.out.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Real daily USD closes from the shared price files ({@code <shared.dir>/data/prices/daily/<COIN>-USD_1d.csv}),
 * to fill exchange answers with true numbers rather than made-up ones.
 */
public final class DailyCsv {

    private DailyCsv() {
    }

    /** Every close of {@code coin} by UTC day, as written in the file (columns datetime,open,high,low,close,volume). */
    public static NavigableMap<LocalDate, BigDecimal> closes(String coin) {
        Path file = Path.of(System.getProperty("shared.dir", "../../shared"), "data", "prices", "daily",
                coin + "-USD_1d.csv");
        try {
            List<String> lines = Files.readAllLines(file);
            NavigableMap<LocalDate, BigDecimal> closes = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                closes.put(LocalDate.parse(fields[0]), new BigDecimal(fields[4]));
            }
            return closes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the closes of " + coin + " from " + file.toAbsolutePath(), e);
        }
    }

    public static BigDecimal close(String coin, String day) {
        BigDecimal close = closes(coin).get(LocalDate.parse(day));
        if (close == null) {
            throw new IllegalArgumentException("no close of " + coin + " on " + day + " in the shared price files");
        }
        return close;
    }
}
