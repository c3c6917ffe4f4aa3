package com.cryptorebalancer.bench;

import com.cryptorebalancer.adapter.out.market.files.PriceHistoryFiles;
import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.cryptorebalancer.application.port.out.PriceFile;
import com.cryptorebalancer.application.port.out.StoredHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times importing the shared daily histories (28 files, about 60,000 closes) into a new embedded database,
 * against the target of 3 s: reading every file, then one save per file, as an import command would.
 * {@code java -cp bench/target/benchmarks.jar com.cryptorebalancer.bench.ImportPriceHistory [FOLDER]}
 * from the project root (FOLDER defaults to {@code ../shared/data/prices/daily}).
 *
 * <p>A plain main, not JMH: the target is one cold import in a new process, JIT warm-up included, which is
 * what a person waits for. Opening the database (creating the file, the migrations) is timed apart from the
 * import. A second import of the same files follows, every day then stored already: the replacing path.
 */
public final class ImportPriceHistory {

    private ImportPriceHistory() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/prices/daily");
        Path dataDir = Files.createTempDirectory("rebalancer-history-bench-");
        try {
            long opening = System.nanoTime();
            try (JdbcDatabase database = JdbcDatabase.open(null, null, null, dataDir)) {
                System.out.printf("open a new embedded database: %d ms%n", millisSince(opening));
                importOnce("import", folder, database);
                importOnce("import again (every day stored already)", folder, database);
                List<StoredHistory> coverage = database.priceHistory().coverage();
                System.out.printf("stored: %d coins, %d days%n", coverage.size(),
                        coverage.stream().mapToInt(StoredHistory::days).sum());
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void importOnce(String name, Path folder, JdbcDatabase database) {
        long start = System.nanoTime();
        List<PriceFile> files = new PriceHistoryFiles().read(folder);
        long read = millisSince(start);
        int rows = 0;
        int skipped = 0;
        int added = 0;
        for (PriceFile file : files) {
            rows += file.closes().size();
            skipped += file.skipped().size();
            added += database.priceHistory().save(file.closes());
        }
        long total = millisSince(start);
        System.out.printf("%s: %d files, %d rows, %d skipped, %d new days; read %d ms, saved %d ms, elapsed %d ms%n",
                name, files.size(), rows, skipped, added, read, total - read, total);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
