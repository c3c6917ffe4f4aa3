package com.cryptorebalancer.domain.suggest;

import java.util.List;

/**
 * Suggested target weights with everything that produced them. Volatilities, contributions and Sharpe
 * ratios are computed on the covariance named here, annualised with {@link #periodsPerYear()} = 365.
 *
 * @param shrinkage          the Ledoit-Wolf intensity, NaN for the sample covariance
 * @param observations       the daily returns the estimates come from
 * @param volatility         √(wᵀΣw · 365) of the suggested weights
 * @param expectedReturn     for max-sharpe: 365 × wᵀμ, μ the sample mean daily returns (arithmetic, not
 *                           compounded); NaN for the other methods, which use no expected returns
 * @param sharpe             for max-sharpe: (wᵀμ - rf_daily) / √(wᵀΣw) · √365; NaN otherwise
 * @param riskFreeRate       the annual risk-free rate (max-sharpe only uses it)
 * @param currentVolatility  √(w_cᵀΣw_c · 365) of the current weights, on the same covariance
 * @param notes              what a person should know about this suggestion, in words
 */
public record Suggestion(SuggestionMethod method, CovarianceEstimator covariance, double shrinkage, int observations,
                         List<SuggestedWeight> weights, double volatility, double expectedReturn, double sharpe,
                         double riskFreeRate, double currentVolatility, List<String> notes) {

    public Suggestion {
        weights = List.copyOf(weights);
        notes = List.copyOf(notes);
    }

    public int periodsPerYear() {
        return CovarianceEstimate.PERIODS_PER_YEAR;
    }

    /** The suggested weight of the asset named {@code name}. */
    public double weightOf(String name) {
        return weights.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no asset " + name + " in this suggestion"))
                .weight();
    }
}
