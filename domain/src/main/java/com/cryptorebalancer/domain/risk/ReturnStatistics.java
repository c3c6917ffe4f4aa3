package com.cryptorebalancer.domain.risk;

/**
 * Volatility, Sharpe, Sortino and beta of a series of periodic simple returns, exactly as
 * risk-conventions.md defines them (deviations with n - 1, except Sortino's downside deviation, which
 * divides by all n returns). Each figure is NaN with its reason when it cannot be computed.
 */
public final class ReturnStatistics {

    static final String NO_RETURNS = "there are no returns in the window";
    static final String NO_VARIATION = "the returns do not vary (standard deviation 0)";
    static final String ONE_RETURN = "a standard deviation needs at least two returns, there is 1";

    private ReturnStatistics() {
    }

    /**
     * The per-period rate of an annual rate: (1 + rf)^(1/P) - 1.
     *
     * @throws IllegalArgumentException for a rate of -100 % or below, or not a number
     */
    public static double perPeriodRate(double annualRate, int periodsPerYear) {
        if (!(annualRate > -1) || Double.isInfinite(annualRate)) {
            throw new IllegalArgumentException("an annual rate must be a number above -1, was " + annualRate);
        }
        requirePeriods(periodsPerYear);
        return Math.pow(1 + annualRate, 1.0 / periodsPerYear) - 1;
    }

    /** std(r, ddof = 1) · √P; exactly 0 for returns that do not vary. */
    public static Figure annualisedVolatility(double[] returns, int periodsPerYear) {
        requirePeriods(periodsPerYear);
        String why = deviationUndefined(returns);
        if (NO_VARIATION.equals(why)) {
            return Figure.of(0);
        }
        return why != null ? Figure.undefined(why)
                : Figure.of(SampleStatistics.standardDeviation(returns) * Math.sqrt(periodsPerYear));
    }

    /** mean(r - rf_p) / std(r - rf_p, ddof = 1) · √P, rf_p the per-period risk-free rate. */
    public static Figure sharpe(double[] returns, double riskFreePerPeriod, int periodsPerYear) {
        requirePeriods(periodsPerYear);
        double[] excess = excess(returns, riskFreePerPeriod);
        String why = deviationUndefined(excess);
        return why != null ? Figure.undefined(why) : Figure.of(SampleStatistics.mean(excess)
                / SampleStatistics.standardDeviation(excess) * Math.sqrt(periodsPerYear));
    }

    /** mean(r - rf_p) / √(Σ min(r_t - rf_p, 0)² / n) · √P: the divisor is every return, not only the losing ones. */
    public static Figure sortino(double[] returns, double riskFreePerPeriod, int periodsPerYear) {
        requirePeriods(periodsPerYear);
        if (returns.length == 0) {
            return Figure.undefined(NO_RETURNS);
        }
        double[] excess = excess(returns, riskFreePerPeriod);
        double squares = 0;
        for (double e : excess) {
            double shortfall = Math.min(e, 0);
            squares += shortfall * shortfall;
        }
        if (squares == 0) {
            return Figure.undefined("no return is below the risk-free rate (downside deviation 0)");
        }
        double downside = Math.sqrt(squares / excess.length);
        return Figure.of(SampleStatistics.mean(excess) / downside * Math.sqrt(periodsPerYear));
    }

    /** cov(r, b) / var(b), both with ddof = 1; the two series must be on the same (aligned) days. */
    public static Figure beta(double[] returns, double[] benchmark) {
        if (returns.length != benchmark.length) {
            throw new IllegalArgumentException(returns.length + " returns against " + benchmark.length
                    + " benchmark returns: align them first");
        }
        String why = deviationUndefined(benchmark);
        if (why != null) {
            return Figure.undefined("benchmark: " + why);
        }
        return Figure.of(SampleStatistics.covariance(returns, benchmark) / SampleStatistics.variance(benchmark));
    }

    /** Why a sample deviation of {@code x} is undefined or 0, or null when it is a positive number. */
    static String deviationUndefined(double[] x) {
        if (x.length == 0) {
            return NO_RETURNS;
        }
        if (x.length < 2) {
            return ONE_RETURN;
        }
        return allEqual(x) ? NO_VARIATION : null;
    }

    /**
     * Whether every value is the same. Tested exactly rather than as a variance of 0: the mean of equal
     * values can be off by an ulp, which would leave a variance of 1e-36 and a Sharpe ratio of 1e17.
     */
    static boolean allEqual(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] excess(double[] returns, double riskFreePerPeriod) {
        double[] excess = new double[returns.length];
        for (int t = 0; t < returns.length; t++) {
            excess[t] = returns[t] - riskFreePerPeriod;
        }
        return excess;
    }

    static void requirePeriods(int periodsPerYear) {
        if (periodsPerYear < 1) {
            throw new IllegalArgumentException("periods per year must be at least 1, was " + periodsPerYear);
        }
    }
}
