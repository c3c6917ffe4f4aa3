package com.cryptorebalancer.domain.risk;

import java.util.Arrays;

/**
 * One-day value at risk and expected shortfall at one confidence, by three methods (risk-conventions.md).
 * Figures are returns: negative numbers are losses (a VaR of -0.04 is "a 1-day loss of 4 %").
 * Only the one-day horizon is computed: longer horizons (parametric √h scaling, overlapping h-day returns
 * for the historical method) are not offered yet.
 *
 * @param tail           α, the probability of the tail: 0.05 for "95 %"
 * @param horizonDays    always 1
 * @param historical     the α-quantile of the returns, linear between order statistics (numpy's default, R type 7)
 * @param gaussian       mean + z_α · std (ddof = 1), z_α = Φ⁻¹(α)
 * @param cornishFisher  mean + z_cf · std, z_α corrected by the sample skewness G1 and excess kurtosis G2
 * @param historicalCvar the mean of the k = floor((n - 1)α) + 1 worst returns
 */
public record ValueAtRisk(double tail, int horizonDays, Figure historical, Figure gaussian, Figure cornishFisher,
                          Figure historicalCvar) {

    public ValueAtRisk {
        if (!(tail > 0 && tail < 1)) {
            throw new IllegalArgumentException("the tail probability must be in (0, 1), was " + tail);
        }
        if (horizonDays != 1) {
            throw new IllegalArgumentException("only a 1-day horizon is computed, was " + horizonDays);
        }
    }

    /** The confidence, 1 - α (0.95 for α = 0.05). */
    public double confidence() {
        return 1 - tail;
    }

    /** The four figures of {@code returns} at tail probability α (pass 0.05 for 95 %, not 1 - 0.95). */
    public static ValueAtRisk of(double[] returns, double tail) {
        if (!(tail > 0 && tail < 1)) {
            throw new IllegalArgumentException("the tail probability must be in (0, 1), was " + tail);
        }
        if (returns.length == 0) {
            Figure none = Figure.undefined(ReturnStatistics.NO_RETURNS);
            return new ValueAtRisk(tail, 1, none, none, none, none);
        }
        double[] sorted = returns.clone();
        Arrays.sort(sorted);
        double z = InverseNormal.quantile(tail);
        return new ValueAtRisk(tail, 1, Figure.of(quantile(sorted, tail)), gaussian(returns, z),
                cornishFisher(returns, z), Figure.of(shortfall(sorted, tail)));
    }

    /** Type 7: h = (n - 1)α, x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋ + 1] - x[⌊h⌋]) on the sorted returns. */
    static double quantile(double[] sorted, double tail) {
        double h = (sorted.length - 1) * tail;
        int low = (int) Math.floor(h);
        if (low + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /** The mean of the k = floor((n - 1)α) + 1 lowest returns. */
    static double shortfall(double[] sorted, double tail) {
        int k = (int) Math.floor((sorted.length - 1) * tail) + 1;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += sorted[i];
        }
        return sum / k;
    }

    private static Figure gaussian(double[] returns, double z) {
        if (returns.length < 2) {
            return Figure.undefined(ReturnStatistics.ONE_RETURN);
        }
        return Figure.of(SampleStatistics.mean(returns) + z * SampleStatistics.standardDeviation(returns));
    }

    /** z_cf = z + (z² - 1)S/6 + (z³ - 3z)K/24 - (2z³ - 5z)S²/36. */
    private static Figure cornishFisher(double[] returns, double z) {
        Figure skew = HigherMoments.skewness(returns);
        Figure kurtosis = HigherMoments.excessKurtosis(returns);
        if (!skew.isDefined() || !kurtosis.isDefined()) {
            return Figure.undefined(skew.isDefined() ? kurtosis.undefinedBecause() : skew.undefinedBecause());
        }
        double s = skew.value();
        double k = kurtosis.value();
        double zcf = z + (z * z - 1) * s / 6 + (z * z * z - 3 * z) * k / 24 - (2 * z * z * z - 5 * z) * s * s / 36;
        return Figure.of(SampleStatistics.mean(returns) + zcf * SampleStatistics.standardDeviation(returns));
    }
}
