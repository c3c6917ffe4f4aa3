package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sources and options for import tests: fixture files next to the test, or text written in the test. */
final class ImportFixtures {

    public static final ImportOptions STRICT = ImportOptions.strict(LocationRules.defaults());
    public static final ImportOptions LENIENT = new ImportOptions(true, null, LocationRules.defaults());

    private ImportFixtures() {
    }

    /** The fixture {@code fileName} in the test resources beside {@code test}'s package. */
    public static HoldingsSource resource(Class<?> test, String fileName) {
        return new HoldingsSource(fileName, () -> open(test, fileName), null);
    }

    /** A source holding {@code text} as UTF-8. */
    /** A file on disk, as the app makes it a source. */
    public static HoldingsSource file(java.nio.file.Path path) {
        return new HoldingsSource(path.toString(), () -> java.nio.file.Files.newInputStream(path), null);
    }

    public static HoldingsSource text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static HoldingsSource bytes(String name, byte[] bytes) {
        return new HoldingsSource(name, () -> new ByteArrayInputStream(bytes), Instant.parse("2025-01-02T03:04:05Z"));
    }

    public static ImportedHoldings load(HoldingsSource source, ImportOptions options) {
        return new HoldingsFileAdapter().load(source, options);
    }

    /** The one holding of {@code symbol} at {@code location} (display name). */
    public static Holding holding(ImportedHoldings imported, String symbol, String location) {
        List<Holding> found = imported.holdings().stream()
                .filter(h -> h.asset().symbol().equals(symbol) && h.location().name().equals(location))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " holdings of " + symbol + " at " + location + ": " + found);
        }
        return found.get(0);
    }

    /** The sum of the holdings' values by location name (unpriced holdings count zero). */
    public static Map<String, BigDecimal> valueByLocation(List<Holding> holdings) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Holding holding : holdings) {
            totals.merge(holding.location().name(), holding.valueOrZero().value(), BigDecimal::add);
        }
        return totals;
    }

    private static InputStream open(Class<?> test, String fileName) throws FileNotFoundException {
        InputStream in = test.getResourceAsStream(fileName);
        if (in == null) {
            throw new FileNotFoundException("no test resource " + fileName + " beside " + test.getName());
        }
        return in;
    }
}
