package com.cryptorebalancer.domain.suggest;

import java.util.List;
import java.util.Objects;

/**
 * An estimated covariance matrix of daily returns, with how it was estimated: the estimator, the
 * Ledoit-Wolf shrinkage intensity (NaN for the sample covariance, which shrinks nothing) and the number
 * of daily returns behind it. Portfolio figures are annualised with {@link #PERIODS_PER_YEAR}.
 */
public final class CovarianceEstimate {

    /** Crypto trades every day (risk-conventions.md). */
    public static final int PERIODS_PER_YEAR = 365;

    private final CovarianceEstimator estimator;
    private final List<String> names;
    private final double[][] matrix;
    private final double shrinkage;
    private final int observations;

    CovarianceEstimate(CovarianceEstimator estimator, List<String> names, double[][] matrix, double shrinkage,
                       int observations) {
        this.estimator = Objects.requireNonNull(estimator, "estimator must not be null");
        this.names = List.copyOf(names);
        this.matrix = matrix;
        this.shrinkage = shrinkage;
        this.observations = observations;
    }

    public CovarianceEstimator estimator() {
        return estimator;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The daily covariance of assets i and j. */
    public double get(int i, int j) {
        return matrix[i][j];
    }

    /** A copy of the daily covariance matrix. */
    public double[][] matrix() {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** The matrix without a copy, for this package's solvers (never written to). */
    double[][] raw() {
        return matrix;
    }

    /** The Ledoit-Wolf intensity δ in [0, 1]; NaN for the sample covariance. */
    public double shrinkage() {
        return shrinkage;
    }

    public int observations() {
        return observations;
    }

    /** wᵀΣw: the daily variance of fixed weights w. */
    public double variance(double[] weights) {
        double[] sw = times(weights);
        double sum = 0;
        for (int i = 0; i < sw.length; i++) {
            sum += weights[i] * sw[i];
        }
        return sum;
    }

    /** √(wᵀΣw · 365). */
    public double annualisedVolatility(double[] weights) {
        return Math.sqrt(Math.max(0, variance(weights)) * PERIODS_PER_YEAR);
    }

    /**
     * Each asset's share of the variance, w_i (Σw)_i / wᵀΣw (they add up to 1); NaN for all when the
     * portfolio has no variance, since there is then no risk to share.
     */
    public double[] riskContributions(double[] weights) {
        double[] sw = times(weights);
        double total = variance(weights);
        double[] shares = new double[sw.length];
        for (int i = 0; i < sw.length; i++) {
            shares[i] = total > 0 ? weights[i] * sw[i] / total : Double.NaN;
        }
        return shares;
    }

    /** Σw. */
    double[] times(double[] weights) {
        if (weights.length != matrix.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + matrix.length + " assets");
        }
        double[] out = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            double sum = 0;
            for (int j = 0; j < matrix.length; j++) {
                sum += matrix[i][j] * weights[j];
            }
            out[i] = sum;
        }
        return out;
    }

    @Override
    public String toString() {
        return "CovarianceEstimate[" + estimator.code() + (estimator.shrinks() ? ", shrinkage " + shrinkage : "")
                + ", " + names + ", " + observations + " returns]";
    }
}
