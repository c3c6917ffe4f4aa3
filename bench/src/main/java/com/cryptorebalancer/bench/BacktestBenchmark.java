package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.backtest.Backtest;
import com.cryptorebalancer.domain.backtest.BacktestResult;
import com.cryptorebalancer.domain.backtest.BacktestSetup;
import com.cryptorebalancer.domain.backtest.Costs;
import com.cryptorebalancer.domain.backtest.Strategy;
import com.cryptorebalancer.domain.backtest.TargetWeights;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A five-year daily backtest of 10 coins, one strategy per run (target: at most 100 ms each): 1,827 daily
 * closes per coin from seeded random walks (log-returns with a 4 % daily deviation, the order of crypto's),
 * unequal targets, a fee of 10 bps, a spread of 20 bps and a 10 USD minimum trade. {@code bands:0pp} trades
 * every coin on every day: the worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BacktestBenchmark {

    private static final long SEED = 20251126L;
    private static final int COINS = 10;
    /** 2020-01-01 to 2024-12-31. */
    private static final int DAYS = 1827;

    @Param({"buy-and-hold", "weekly", "monthly", "quarterly", "bands:5pp", "bands:25%", "monthly+bands:5pp", "bands:0pp"})
    public String strategy;

    private BacktestSetup setup;
    private Strategy parsed;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Asset> coins = new ArrayList<>();
        double[][] closes = new double[COINS][DAYS];
        Map<Asset, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < COINS; i++) {
            Asset coin = Asset.of("C" + i);
            coins.add(coin);
            // 28 %, 19 %, 14 %... of the portfolio: shares of 1 / (i + 1) over their sum (2.929 for ten coins)
            weights.put(coin, 1.0 / (i + 1));
            double price = Math.pow(10, random.nextDouble(-3, 4));
            for (int t = 0; t < DAYS; t++) {
                closes[i][t] = price;
                double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
                price *= Math.exp(0.04 * gaussian);
            }
        }
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        weights.replaceAll((coin, weight) -> weight / sum);
        List<LocalDate> days = new ArrayList<>();
        for (int t = 0; t < DAYS; t++) {
            days.add(LocalDate.of(2020, 1, 1).plusDays(t));
        }
        setup = new BacktestSetup(AlignedCloses.of(coins, days, closes), new TargetWeights(weights), new Costs(10, 20, 10),
                10_000);
        parsed = Strategy.parse(strategy);
    }

    @Benchmark
    public BacktestResult fiveYearsTenCoins() {
        return Backtest.run(setup, parsed);
    }
}
