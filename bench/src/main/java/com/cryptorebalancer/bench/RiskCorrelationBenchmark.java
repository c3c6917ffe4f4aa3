package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.CorrelationMatrix;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100 x 100 correlation matrix over 3 years of daily closes (target: at most 50 ms):
 * {@code fromAlignedCloses} is the target (returns of closes already aligned on common days, then Pearson
 * on every pair); {@code fromDailyCloses} adds the inner join of the coins' {@link DailyClose} lists, for
 * comparison. Inputs are the seeded synthetic random walks of {@link RiskReportBenchmark} (100 coins,
 * 2022-02-20 to 2025-02-20, 1,097 closes each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class RiskCorrelationBenchmark {

    private static final int COINS = 100;

    private Map<Asset, List<DailyClose>> history;
    private AlignedCloses aligned;

    @Setup
    public void generate() {
        history = RiskReportBenchmark.syntheticCloses(COINS, RiskReportBenchmark.WINDOW, RiskReportBenchmark.SEED);
        aligned = AlignedCloses.innerJoin(history, RiskReportBenchmark.WINDOW.first(), RiskReportBenchmark.WINDOW.last());
        if (aligned.dayCount() != 1097 || aligned.assetCount() != COINS) {
            throw new IllegalStateException("expected 100 coins on 1,097 days, got " + aligned);
        }
    }

    @Benchmark
    public CorrelationMatrix fromAlignedCloses() {
        return CorrelationMatrix.of(aligned.returns());
    }

    @Benchmark
    public CorrelationMatrix fromDailyCloses() {
        return CorrelationMatrix.of(AlignedCloses.innerJoin(history, RiskReportBenchmark.WINDOW.first(),
                RiskReportBenchmark.WINDOW.last()).returns());
    }
}
