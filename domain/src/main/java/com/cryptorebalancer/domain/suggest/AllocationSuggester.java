package com.cryptorebalancer.domain.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Suggests target weights by one of the {@link SuggestionMethod}s and explains them: the covariance used,
 * each asset's weight, risk contribution and change from the current weights, the expected volatility of
 * both, and for max-sharpe the expected return and Sharpe ratio. A pure function of its request.
 */
public final class AllocationSuggester {

    /** A weight this close to a bound is held by it. */
    static final double AT_BOUND = 1e-9;

    private AllocationSuggester() {
    }

    /**
     * @throws SuggestionRefusedException when the data does not allow the method (see the methods)
     * @throws IllegalArgumentException   with fewer than two daily returns
     */
    public static Suggestion suggest(SuggestionRequest request) {
        ReturnMatrix returns = request.returns();
        AllocationBounds bounds = request.bounds();
        CovarianceEstimate covariance = request.covariance().estimate(returns);
        double[] means = returns.means();
        double rf = request.dailyRiskFreeRate();
        double[] weights = switch (request.method()) {
            case MIN_VARIANCE -> MinimumVariance.solve(covariance, bounds);
            case RISK_PARITY -> RiskParity.solve(covariance, bounds);
            case MAX_SHARPE -> MaximumSharpe.solve(covariance, excess(means, rf), bounds);
        };
        double[] current = request.currentWeights();
        double held = AllocationBounds.sum(current);
        for (int i = 0; i < current.length; i++) {
            current[i] /= held;
        }
        List<SuggestedWeight> rows = rows(returns.names(), weights, current, covariance, bounds);
        double volatility = covariance.annualisedVolatility(weights);
        double expected = Double.NaN;
        double sharpe = Double.NaN;
        if (request.method() == SuggestionMethod.MAX_SHARPE) {
            double mean = dot(weights, means);
            expected = mean * CovarianceEstimate.PERIODS_PER_YEAR;
            double deviation = Math.sqrt(covariance.variance(weights));
            sharpe = deviation > 0 ? (mean - rf) / deviation * Math.sqrt(CovarianceEstimate.PERIODS_PER_YEAR) : Double.NaN;
        }
        return new Suggestion(request.method(), covariance.estimator(), covariance.shrinkage(),
                covariance.observations(), rows, volatility, expected, sharpe, request.riskFreeRate(),
                covariance.annualisedVolatility(current), notes(request, covariance, rows));
    }

    private static List<SuggestedWeight> rows(List<String> names, double[] weights, double[] current,
                                              CovarianceEstimate covariance, AllocationBounds bounds) {
        double[] contributions = covariance.riskContributions(weights);
        double[] currentContributions = covariance.riskContributions(current);
        List<SuggestedWeight> rows = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            SuggestedWeight.Binding binding = weights[i] - bounds.floor(i) <= AT_BOUND ? SuggestedWeight.Binding.FLOOR
                    : bounds.cap(i) - weights[i] <= AT_BOUND ? SuggestedWeight.Binding.CAP : SuggestedWeight.Binding.NONE;
            rows.add(new SuggestedWeight(names.get(i), weights[i], current[i], (weights[i] - current[i]) * 100,
                    contributions[i], currentContributions[i], bounds.floor(i), bounds.cap(i), binding));
        }
        return rows;
    }

    private static double[] excess(double[] means, double rf) {
        double[] excess = new double[means.length];
        for (int i = 0; i < means.length; i++) {
            excess[i] = means[i] - rf;
        }
        return excess;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static List<String> notes(SuggestionRequest request, CovarianceEstimate covariance,
                                      List<SuggestedWeight> rows) {
        List<String> notes = new ArrayList<>();
        notes.add(covarianceNote(covariance));
        if (request.method() == SuggestionMethod.MAX_SHARPE) {
            notes.add("expected returns are the sample mean daily returns of the window, annualised as 365 × the mean "
                    + "(not compounded); risk-free rate " + AllocationBounds.percent(request.riskFreeRate()) + " a year");
        }
        if (request.method() == SuggestionMethod.RISK_PARITY) {
            List<String> held = rows.stream().filter(row -> row.binding() != SuggestedWeight.Binding.NONE)
                    .map(row -> row.name() + " at its " + (row.binding() == SuggestedWeight.Binding.CAP
                            ? "cap (" + AllocationBounds.percent(row.cap()) : "floor (" + AllocationBounds.percent(row.floor()))
                            + ")").toList();
            notes.add(held.isEmpty() ? "every asset contributes the same share of the risk"
                    : "bounds hold " + String.join(", ", held) + ": their risk contributions differ from the others', "
                    + "which are equal to each other, so the contributions are not all equal");
        }
        if (rows.stream().anyMatch(row -> Double.isNaN(row.riskContribution()))) {
            notes.add("the suggested weights have no variance over the window: there is no risk to share");
        }
        return notes;
    }

    private static String covarianceNote(CovarianceEstimate covariance) {
        String days = " of " + covariance.observations() + " daily returns";
        return switch (covariance.estimator()) {
            case SAMPLE -> "covariance: the sample covariance (n - 1)" + days;
            case LEDOIT_WOLF_CONSTANT_CORRELATION -> "covariance: Ledoit-Wolf shrinkage towards the constant-correlation "
                    + "target (Ledoit & Wolf 2004, \"Honey, I shrunk the sample covariance matrix\"), intensity "
                    + String.format(Locale.ROOT, "%.4f", covariance.shrinkage()) + days;
            case LEDOIT_WOLF_SCALED_IDENTITY -> "covariance: Ledoit-Wolf shrinkage towards the scaled identity (Ledoit & "
                    + "Wolf 2004, J. Multivariate Analysis), intensity "
                    + String.format(Locale.ROOT, "%.4f", covariance.shrinkage()) + days;
        };
    }
}
