package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Hand-made and seeded closes for backtest tests. */
final class BacktestTestData {

    private BacktestTestData() {
    }

    /** Closes of coins A, B, ... on consecutive days from {@code first}, one row of closes per coin. */
    static AlignedCloses closes(LocalDate first, double[]... rows) {
        List<Asset> coins = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            coins.add(Asset.of(String.valueOf((char) ('A' + i))));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int t = 0; t < rows[0].length; t++) {
            days.add(first.plusDays(t));
        }
        return AlignedCloses.of(coins, days, rows);
    }

    /** Target weights of coins A, B, ... in that order. */
    static TargetWeights targets(double... weights) {
        Map<Asset, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            map.put(Asset.of(String.valueOf((char) ('A' + i))), weights[i]);
        }
        return new TargetWeights(map);
    }

    /**
     * Random walks of {@code coins} coins over {@code days} days from 2020-01-01, reproducible from the seed:
     * daily log-returns normal with a 4 % deviation, starting prices between 0.001 and 10,000.
     */
    static AlignedCloses randomCloses(long seed, int coins, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[coins][days];
        for (int i = 0; i < coins; i++) {
            double price = Math.pow(10, random.nextDouble(-3, 4));
            for (int t = 0; t < days; t++) {
                rows[i][t] = price;
                price *= Math.exp(0.04 * gaussian(random));
            }
        }
        return closes(LocalDate.of(2020, 1, 1), rows);
    }

    /** Random target weights of {@code coins} coins adding up to 1, some of them 0 when {@code zeros}. */
    static TargetWeights randomTargets(long seed, int coins, boolean zeros) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] raw = new double[coins];
        double sum = 0;
        for (int i = 0; i < coins; i++) {
            raw[i] = zeros && i > 0 && random.nextInt(4) == 0 ? 0 : random.nextDouble(0.05, 1);
            sum += raw[i];
        }
        for (int i = 0; i < coins; i++) {
            raw[i] /= sum;
        }
        return targets(raw);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
