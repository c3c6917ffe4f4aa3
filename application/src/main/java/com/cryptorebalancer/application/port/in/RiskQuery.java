package com.cryptorebalancer.application.port.in;

import java.time.LocalDate;

/**
 * Which risk report to make of the current portfolio.
 *
 * @param windowDays   how many daily returns the window spans: the closes from {@code end - windowDays} to
 *                     {@code end}, both included (365 = one year, so that CAGR's exponent is 1); 2 to 3650
 * @param end          the window's last day; null = the latest day with a stored close of one of the portfolio's coins
 * @param riskFreeRate the annual risk-free rate as a fraction (0.04 for 4 %), above -1 and at most 1
 */
public record RiskQuery(int windowDays, LocalDate end, double riskFreeRate) {

    public static final int DEFAULT_WINDOW_DAYS = 365;
    public static final int MIN_WINDOW_DAYS = 2;
    public static final int MAX_WINDOW_DAYS = 3650;

    public RiskQuery {
        if (windowDays < MIN_WINDOW_DAYS || windowDays > MAX_WINDOW_DAYS) {
            throw new InvalidCommandException("window_days", "window_days must be " + MIN_WINDOW_DAYS + " to "
                    + MAX_WINDOW_DAYS + ", was " + windowDays);
        }
        // a rate of 5 meant as 5 % would be 500 %: refused rather than taken at its word
        if (!(riskFreeRate > -1 && riskFreeRate <= 1)) {
            throw new InvalidCommandException("risk_free_rate", "risk_free_rate must be a fraction above -1 and at most 1"
                    + " (0.04 for 4 %), was " + riskFreeRate);
        }
    }

    /** A year ending on the latest stored close, without a risk-free rate. */
    public static RiskQuery defaults() {
        return new RiskQuery(DEFAULT_WINDOW_DAYS, null, 0);
    }

    /** The query with each input left out (null) at its default. */
    public static RiskQuery of(Integer windowDays, LocalDate end, Double riskFreeRate) {
        return new RiskQuery(windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays, end,
                riskFreeRate == null ? 0 : riskFreeRate);
    }
}
