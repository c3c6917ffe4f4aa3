package com.cryptorebalancer.domain.risk;

import java.util.Objects;

/**
 * Every figure of one return series and its value path, as risk-conventions.md defines them, on daily
 * returns annualised with 365 periods a year. A figure that cannot be computed is NaN with its reason
 * ({@link Figure}).
 *
 * @param riskFreeRate the annual rate rf; Sharpe and Sortino subtract the per-period (1 + rf)^(1/365) - 1
 * @param meanReturn   the mean daily return
 * @param cagr         over the calendar days from the first to the last close
 * @param calmar       CAGR / |max drawdown|
 * @param var95        1-day VaR and CVaR at 95 % (α = 0.05)
 * @param var99        1-day VaR and CVaR at 99 % (α = 0.01)
 * @param skewness     G1
 * @param excessKurtosis G2
 * @param betaVsBtc    cov(r, r_BTC) / var(r_BTC) on the same days
 */
public record RiskFigures(SampleWindow sample, double riskFreeRate, Figure meanReturn, Figure annualisedVolatility,
                          Figure sharpe, Figure sortino, Drawdown maxDrawdown, Figure cagr, Figure calmar,
                          ValueAtRisk var95, ValueAtRisk var99, Figure skewness, Figure excessKurtosis,
                          Figure betaVsBtc) {

    public RiskFigures {
        Objects.requireNonNull(sample, "risk figures need their sample window");
        Objects.requireNonNull(maxDrawdown, "risk figures need their drawdown");
        Objects.requireNonNull(var95, "risk figures need their 95 % VaR");
        Objects.requireNonNull(var99, "risk figures need their 99 % VaR");
    }

    /**
     * The figures of a value path.
     *
     * @param btcReturns BTC's daily returns on the path's return days, or null when BTC's history does not
     *                   cover them (beta is then NaN with that reason)
     */
    public static RiskFigures of(ValuePath path, double[] btcReturns, double riskFreeRate) {
        return of(path, btcReturns, riskFreeRate, "BTC's history does not cover the window");
    }

    /**
     * The figures of a value path, saying why beta is undefined when there are no BTC returns.
     *
     * @param withoutBtc why {@code btcReturns} is null, as the undefined beta's reason
     *                   ("beta needs BTC in the backtest")
     */
    public static RiskFigures of(ValuePath path, double[] btcReturns, double riskFreeRate, String withoutBtc) {
        Objects.requireNonNull(withoutBtc, "the reason beta has no benchmark is required");
        int p = SampleWindow.DAILY_CRYPTO;
        double rfp = ReturnStatistics.perPeriodRate(riskFreeRate, p);
        double[] r = path.rawReturns();
        Drawdown drawdown = Drawdown.of(path);
        Figure cagr = path.cagr();
        Figure beta = r.length == 0 ? Figure.undefined(ReturnStatistics.NO_RETURNS)
                : btcReturns == null ? Figure.undefined(withoutBtc)
                : ReturnStatistics.beta(r, btcReturns);
        return new RiskFigures(SampleWindow.of(path), riskFreeRate,
                r.length == 0 ? Figure.undefined(ReturnStatistics.NO_RETURNS) : Figure.of(SampleStatistics.mean(r)),
                ReturnStatistics.annualisedVolatility(r, p), ReturnStatistics.sharpe(r, rfp, p),
                ReturnStatistics.sortino(r, rfp, p), drawdown, cagr, calmar(cagr, drawdown.depth()),
                ValueAtRisk.of(r, 0.05), ValueAtRisk.of(r, 0.01), HigherMoments.skewness(r),
                HigherMoments.excessKurtosis(r), beta);
    }

    private static Figure calmar(Figure cagr, Figure drawdown) {
        if (!cagr.isDefined()) {
            return cagr;
        }
        if (!drawdown.isDefined()) {
            return drawdown;
        }
        if (drawdown.value() == 0) {
            return Figure.undefined("the value never fell below a previous high (max drawdown 0)");
        }
        return Figure.of(cagr.value() / Math.abs(drawdown.value()));
    }
}
