package com.cryptorebalancer.domain.backtest;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The share of the portfolio each coin should hold in a backtest, as fractions that add up to 1 (within
 * {@link #SUM_TOLERANCE}: weights derived from percentages carry rounding). They are used divided by their
 * actual sum, so the whole starting capital is always allocated.
 */
public record TargetWeights(Map<Asset, Double> weights) {

    /** How far from 1 the weights may add up. */
    public static final double SUM_TOLERANCE = 1e-9;

    public TargetWeights {
        Objects.requireNonNull(weights, "target weights must not be null");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("target weights need at least one coin");
        }
        Map<Asset, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<Asset, Double> entry : weights.entrySet()) {
            Asset coin = Objects.requireNonNull(entry.getKey(), "a target weight has no coin");
            Double weight = Objects.requireNonNull(entry.getValue(), "target weight of " + coin + " must not be null");
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("target weight of " + coin + " must be between 0 and 1, was " + weight);
            }
            copy.put(coin, weight);
            sum += weight;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("target weights must add up to 1 (within " + SUM_TOLERANCE
                    + "), they add up to " + sum + ": " + copy);
        }
        weights = Collections.unmodifiableMap(copy);
    }

    /**
     * The weights in the order of {@code coins}, divided by their sum; a coin of {@code coins} without a
     * target gets 0.
     *
     * @throws IllegalArgumentException when a coin with a positive target is not among {@code coins}
     */
    public double[] over(List<Asset> coins) {
        double[] aligned = new double[coins.size()];
        double sum = 0;
        for (Map.Entry<Asset, Double> entry : weights.entrySet()) {
            int index = coins.indexOf(entry.getKey());
            if (index < 0 && entry.getValue() > 0) {
                throw new IllegalArgumentException("target coin " + entry.getKey() + " has no closes among " + coins);
            }
            if (index >= 0) {
                aligned[index] = entry.getValue();
                sum += entry.getValue();
            }
        }
        for (int i = 0; i < aligned.length; i++) {
            aligned[i] /= sum;
        }
        return aligned;
    }
}
