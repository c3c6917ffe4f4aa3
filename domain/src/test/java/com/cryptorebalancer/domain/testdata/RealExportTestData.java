package com.cryptorebalancer.domain.testdata;

import com.cryptorebalancer.domain.portfolio.Holding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The real CoinTracking "Balance by Exchange" export in the shared data directory, read in place (never
 * copied into the project). Surefire passes the directory as the system property {@code shared.dir}.
 *
 * <p>A deliberately small reader for tests: every field is double-quoted and no field holds a comma.
 * The real parser lives in {@code adapter-market}.
 */
public final class RealExportTestData {

    public static final String FILE = "data/cointracking/balance-by-exchange-2025-08-26.csv";

    /** One row: amount, ticker, value in USD, location (the value in BTC is not needed here). */
    public record Row(String amount, String ticker, String valueUsd, String location) {
    }

    private RealExportTestData() {
    }

    public static Path path() {
        String shared = System.getProperty("shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property shared.dir is not set: run the tests through Maven");
        }
        return Path.of(shared, FILE);
    }

    /** Every data row in file order, without the header. */
    public static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the real export " + path(), e);
        }
        List<Row> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.substring(1, line.length() - 1).split("\",\"", -1);
            rows.add(new Row(fields[0], fields[1], fields[2], fields[4]));
        }
        return rows;
    }

    /** Every row as a holding valued by the export itself (the file holds no zero values). */
    public static List<Holding> holdings() {
        return rows().stream()
                .map(row -> HoldingsTestData.holding(row.ticker(), null, row.location(), row.amount(), row.valueUsd()))
                .toList();
    }

    /** The distinct tickers, in order of first appearance. */
    public static Set<String> tickers() {
        Set<String> tickers = new LinkedHashSet<>();
        rows().forEach(row -> tickers.add(row.ticker()));
        return tickers;
    }

    /** The distinct location names as spelled in the file, in order of first appearance. */
    public static Set<String> locationNames() {
        Set<String> names = new LinkedHashSet<>();
        rows().forEach(row -> names.add(row.location()));
        return names;
    }
}
