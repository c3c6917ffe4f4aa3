package com.cryptorebalancer.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the synthetic export used by the end-to-end timing in docs/benchmarks.md:
 * {@code java -cp bench/target/benchmarks.jar com.cryptorebalancer.bench.WriteSyntheticExport FILE [ROWS]}.
 */
public final class WriteSyntheticExport {

    private WriteSyntheticExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WriteSyntheticExport FILE [ROWS]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path written = SyntheticPortfolio.of(rows, 2_000, 200, 42L).writeCoinTrackingExport(Path.of(args[0]));
        System.out.println("wrote " + rows + " rows to " + written);
    }
}
