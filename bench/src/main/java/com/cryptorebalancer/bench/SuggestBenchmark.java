package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.suggest.AllocationBounds;
import com.cryptorebalancer.domain.suggest.AllocationSuggester;
import com.cryptorebalancer.domain.suggest.ReturnMatrix;
import com.cryptorebalancer.domain.suggest.SuggestedWeight;
import com.cryptorebalancer.domain.suggest.Suggestion;
import com.cryptorebalancer.domain.suggest.SuggestionMethod;
import com.cryptorebalancer.domain.suggest.SuggestionRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * A whole suggestion (covariance estimate, optimisation, contributions and report) for 30 coins over three
 * years (1,095 daily returns); target for risk parity: at most 200 ms. The returns are synthetic and seeded:
 * one market factor (2.5 % a day) with coin loadings 0.6 to 1.4, own noise 1 % to 6 % a day and mean
 * returns -0.1 % to +0.3 % a day, so that correlations and volatilities spread as crypto's do. The bounded
 * cases cap the three calmest coins at 2 % and hold the two wildest at a floor of 5 %; the set-up fails
 * if those bounds do not bind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SuggestBenchmark {

    private static final int COINS = 30;
    private static final int RETURNS = 1_095;
    private static final long SEED = 20_250_220L;

    private ReturnMatrix returns;
    private AllocationBounds unbounded;
    private AllocationBounds bounded;
    private double[] current;

    @Setup
    public void returns() {
        Random random = new Random(SEED);
        double[][] rows = new double[COINS][RETURNS];
        double[] loading = new double[COINS];
        double[] noise = new double[COINS];
        double[] drift = new double[COINS];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < COINS; i++) {
            names.add("C" + i);
            loading[i] = 0.6 + 0.8 * random.nextDouble();
            noise[i] = 0.01 + 0.05 * i / (COINS - 1);
            drift[i] = -0.001 + 0.004 * random.nextDouble();
        }
        for (int t = 0; t < RETURNS; t++) {
            double market = 0.025 * random.nextGaussian();
            for (int i = 0; i < COINS; i++) {
                rows[i][t] = Math.max(-0.9, drift[i] + loading[i] * market + noise[i] * random.nextGaussian());
            }
        }
        returns = ReturnMatrix.of(names, rows);
        unbounded = AllocationBounds.unbounded(names);
        Map<String, Double> caps = new HashMap<>(Map.of("C0", 0.02, "C1", 0.02, "C2", 0.02));
        Map<String, Double> floors = Map.of("C28", 0.05, "C29", 0.05);
        bounded = AllocationBounds.of(names, floors, caps);
        current = new double[COINS];
        java.util.Arrays.fill(current, 1.0 / COINS);
        Suggestion parity = suggest(SuggestionMethod.RISK_PARITY, bounded);
        long held = parity.weights().stream().filter(w -> w.binding() != SuggestedWeight.Binding.NONE).count();
        if (held != 5) {
            throw new IllegalStateException("the bounded risk parity should hold 5 coins at a bound, it holds " + held);
        }
    }

    private Suggestion suggest(SuggestionMethod method, AllocationBounds bounds) {
        return AllocationSuggester.suggest(new SuggestionRequest(method, returns, bounds, current, null, 0));
    }

    @Benchmark
    public Suggestion riskParity() {
        return suggest(SuggestionMethod.RISK_PARITY, unbounded);
    }

    @Benchmark
    public Suggestion riskParityBounded() {
        return suggest(SuggestionMethod.RISK_PARITY, bounded);
    }

    @Benchmark
    public Suggestion minimumVariance() {
        return suggest(SuggestionMethod.MIN_VARIANCE, unbounded);
    }

    @Benchmark
    public Suggestion minimumVarianceBounded() {
        return suggest(SuggestionMethod.MIN_VARIANCE, bounded);
    }

    @Benchmark
    public Suggestion maximumSharpe() {
        return suggest(SuggestionMethod.MAX_SHARPE, unbounded);
    }

    @Benchmark
    public Suggestion maximumSharpeBounded() {
        return suggest(SuggestionMethod.MAX_SHARPE, bounded);
    }
}
