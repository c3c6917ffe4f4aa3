package com.cryptorebalancer.domain.suggest;

import java.util.Objects;

/**
 * What a suggestion is asked for.
 *
 * @param currentWeights the weights held now, in the order of {@code returns}' assets; taken relative to
 *                       their sum (the share of the assets suggested for), so they need not add up to 1
 * @param covariance     the estimator; null = the method's default (sample for minimum variance and risk
 *                       parity, Ledoit-Wolf with the constant-correlation target for maximum Sharpe, which
 *                       accepts only a Ledoit-Wolf estimator)
 * @param riskFreeRate   an annual rate (0.02 = 2 %), used by maximum Sharpe only, as the daily
 *                       (1 + rf)^(1/365) - 1 (risk-conventions.md)
 */
public record SuggestionRequest(SuggestionMethod method, ReturnMatrix returns, AllocationBounds bounds,
                                double[] currentWeights, CovarianceEstimator covariance, double riskFreeRate) {

    public SuggestionRequest {
        Objects.requireNonNull(method, "a suggestion needs a method");
        Objects.requireNonNull(returns, "a suggestion needs returns");
        Objects.requireNonNull(bounds, "a suggestion needs bounds (AllocationBounds.unbounded for none)");
        Objects.requireNonNull(currentWeights, "a suggestion needs the current weights");
        if (!bounds.names().equals(returns.names())) {
            throw new IllegalArgumentException("bounds are for " + bounds.names() + " but returns for " + returns.names());
        }
        if (currentWeights.length != returns.assetCount()) {
            throw new IllegalArgumentException(currentWeights.length + " current weights for " + returns.assetCount()
                    + " assets " + returns.names());
        }
        currentWeights = currentWeights.clone();
        double sum = 0;
        for (int i = 0; i < currentWeights.length; i++) {
            if (!(currentWeights[i] >= 0) || Double.isInfinite(currentWeights[i])) {
                throw new IllegalArgumentException("the current weight of " + returns.names().get(i)
                        + " must be a number of at least 0, was " + currentWeights[i]);
            }
            sum += currentWeights[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the current weights add up to 0: nothing is held of " + returns.names());
        }
        covariance = covariance == null ? method.defaultCovariance() : covariance;
        if (method == SuggestionMethod.MAX_SHARPE && !covariance.shrinks()) {
            throw new IllegalArgumentException("max-sharpe works on a Ledoit-Wolf covariance, not on the "
                    + covariance.code() + " one: sample errors in it are what the optimiser would exploit most");
        }
        if (!(riskFreeRate > -1) || Double.isInfinite(riskFreeRate)) {
            throw new IllegalArgumentException("the risk-free rate must be above -100 % a year, was " + riskFreeRate);
        }
    }

    @Override
    public double[] currentWeights() {
        return currentWeights.clone();
    }

    /** The daily risk-free rate (1 + rf)^(1/365) - 1. */
    public double dailyRiskFreeRate() {
        return Math.pow(1 + riskFreeRate, 1.0 / CovarianceEstimate.PERIODS_PER_YEAR) - 1;
    }
}
