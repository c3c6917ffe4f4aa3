package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Simple daily returns of several coins on aligned days, {@code r[asset][t]}, where return t is earned
 * from the close of the day before {@code days().get(t)} to the close of that day. {@link #baseDay()} is
 * the day of the first close (V_0 = 1 in a value path), so a first-day loss counts in a drawdown.
 */
public final class DailyReturns {

    private final List<Asset> assets;
    private final LocalDate baseDay;
    private final List<LocalDate> days;
    private final double[][] returns;

    private DailyReturns(List<Asset> assets, LocalDate baseDay, List<LocalDate> days, double[][] returns) {
        this.assets = List.copyOf(assets);
        this.baseDay = baseDay;
        this.days = List.copyOf(days);
        this.returns = returns;
    }

    /** Arrays built by this package and never shared: no copy. */
    static DailyReturns trusted(List<Asset> assets, LocalDate baseDay, List<LocalDate> days, double[][] returns) {
        return new DailyReturns(assets, baseDay, days, returns);
    }

    /**
     * Returns given directly, {@code returns[asset][t]}; {@code baseDay} is the close before the first
     * return (it may be null when there are no returns).
     */
    public static DailyReturns of(List<Asset> assets, LocalDate baseDay, List<LocalDate> days, double[][] returns) {
        Objects.requireNonNull(assets, "assets must not be null");
        Objects.requireNonNull(days, "days must not be null");
        Objects.requireNonNull(returns, "returns must not be null");
        if (returns.length != assets.size()) {
            throw new IllegalArgumentException(assets.size() + " assets but " + returns.length + " return series");
        }
        if (!days.isEmpty()) {
            Objects.requireNonNull(baseDay, "returns need the day of the close before the first one");
            if (!days.get(0).isAfter(baseDay)) {
                throw new IllegalArgumentException("the first return's day " + days.get(0)
                        + " must come after the base day " + baseDay);
            }
        }
        double[][] copy = new double[returns.length][];
        for (int a = 0; a < returns.length; a++) {
            if (returns[a].length != days.size()) {
                throw new IllegalArgumentException(assets.get(a) + " has " + returns[a].length + " returns for "
                        + days.size() + " days");
            }
            for (double r : returns[a]) {
                if (!(r > -1.0) || Double.isInfinite(r)) {
                    throw new IllegalArgumentException("a daily return of " + assets.get(a)
                            + " must be a number above -1, was " + r);
                }
            }
            copy[a] = returns[a].clone();
        }
        return new DailyReturns(assets, baseDay, days, copy);
    }

    public List<Asset> assets() {
        return assets;
    }

    public LocalDate baseDay() {
        return baseDay;
    }

    public List<LocalDate> days() {
        return days;
    }

    public int assetCount() {
        return assets.size();
    }

    /** The number of returns per coin. */
    public int count() {
        return days.size();
    }

    public double get(int asset, int t) {
        return returns[asset][t];
    }

    public double[] of(int asset) {
        return returns[asset].clone();
    }

    /** The coin's returns without a copy, for this package's loops. */
    double[] raw(int asset) {
        return returns[asset];
    }

    /** The returns of fixed weights rebalanced daily: r_p,t = Σ w_i r_i,t (risk-conventions.md). */
    public double[] fixedWeights(double[] weights) {
        Objects.requireNonNull(weights, "weights must not be null");
        if (weights.length != assets.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + assets.size() + " coins");
        }
        double[] portfolio = new double[days.size()];
        for (int a = 0; a < weights.length; a++) {
            double w = weights[a];
            double[] r = returns[a];
            for (int t = 0; t < portfolio.length; t++) {
                portfolio[t] += w * r[t];
            }
        }
        return portfolio;
    }

    @Override
    public String toString() {
        return "DailyReturns" + assets + " x " + days.size();
    }
}
