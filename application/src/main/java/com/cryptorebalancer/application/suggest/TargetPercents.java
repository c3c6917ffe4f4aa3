package com.cryptorebalancer.application.suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights as target percentages with two decimals that add up to exactly 100, by the largest remainder
 * method: each weight gets its whole hundredths of a percent, and the hundredths still missing go one
 * each to the largest remainders (ties to the earlier name). A rounded target may so sit up to 0.01
 * beyond a floor or cap that is not itself a multiple of 0.01 %.
 */
public final class TargetPercents {

    /** Hundredths of a percent in the whole. */
    private static final long UNITS = 10_000;

    private TargetPercents() {
    }

    /** @param weights by name, each at least 0, adding up to 1 (within floating-point error) */
    public static Map<String, BigDecimal> of(Map<String, Double> weights) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> names = new ArrayList<>(weights.keySet());
        long[] units = new long[names.size()];
        double[] remainders = new double[names.size()];
        long given = 0;
        for (int i = 0; i < names.size(); i++) {
            double exact = weights.get(names.get(i)) / sum * UNITS;
            units[i] = (long) Math.floor(exact);
            remainders[i] = exact - units[i];
            given += units[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; k < UNITS - given; k++) {
            units[order.get(k % order.size())]++;
        }
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            percents.put(names.get(i), BigDecimal.valueOf(units[i], 2));
        }
        return percents;
    }
}
