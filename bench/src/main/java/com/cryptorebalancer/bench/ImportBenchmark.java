package com.cryptorebalancer.bench;

import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.location.LocationRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing a 100,000-row CoinTracking export from disk into holdings with its report (target: 300 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {

    private Path export;
    private HoldingsFileAdapter adapter;
    private ImportOptions options;

    @Setup(Level.Trial)
    public void writeExport() throws IOException {
        export = SyntheticPortfolio.of(100_000, 2_000, 200, 42L)
                .writeCoinTrackingExport(Files.createTempFile("balance-by-exchange-2025-08-26-", ".csv"));
        adapter = new HoldingsFileAdapter();
        options = ImportOptions.strict(LocationRules.defaults());
    }

    @TearDown(Level.Trial)
    public void deleteExport() throws IOException {
        Files.deleteIfExists(export);
    }

    @Benchmark
    public ImportedHoldings parse100kRows() {
        return adapter.load(new HoldingsSource(export.toString(), () -> Files.newInputStream(export), null), options);
    }
}
