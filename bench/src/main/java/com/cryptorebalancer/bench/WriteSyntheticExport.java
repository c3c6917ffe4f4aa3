package com.cryptorebalancer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic export used by the end-to-end timings in docs/benchmarks.md, and optionally the
 * owner's taxonomy for it (every invented ticker assigned to a group):
 * {@code java -cp bench/target/benchmarks.jar com.cryptorebalancer.bench.WriteSyntheticExport FILE [ROWS] [DATA_DIR]}.
 */
public final class WriteSyntheticExport {

    private static final int COINS = 2_000;
    private static final int LOCATIONS = 200;

    private WriteSyntheticExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WriteSyntheticExport FILE [ROWS] [DATA_DIR]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path written = SyntheticPortfolio.of(rows, COINS, LOCATIONS, 42L).writeCoinTrackingExport(Path.of(args[0]));
        System.out.println("wrote " + rows + " rows over " + COINS + " coins and " + LOCATIONS + " locations to " + written);
        if (args.length > 2) {
            Path taxonomy = Files.createDirectories(Path.of(args[2])).resolve("taxonomy.json");
            Files.writeString(taxonomy, SyntheticPortfolio.taxonomyJson(COINS), StandardCharsets.UTF_8);
            System.out.println("wrote the owner's assignment of the invented tickers to " + taxonomy);
        }
    }
}
