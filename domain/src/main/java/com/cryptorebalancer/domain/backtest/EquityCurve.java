package com.cryptorebalancer.domain.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a backtest's portfolio was worth at each common close, after that day's trades, in USD, oldest
 * first; and its simple daily returns, the input of the risk figures of {@code domain.risk} (volatility,
 * drawdown, VaR... are computed there, not here).
 */
public final class EquityCurve {

    private final List<LocalDate> days;
    private final double[] values;

    EquityCurve(List<LocalDate> days, double[] values) {
        this.days = List.copyOf(days);
        this.values = values;
    }

    public List<LocalDate> days() {
        return days;
    }

    /** The values, in USD (a copy). */
    public double[] values() {
        return values.clone();
    }

    public List<EquityPoint> points() {
        List<EquityPoint> points = new ArrayList<>(values.length);
        for (int t = 0; t < values.length; t++) {
            points.add(new EquityPoint(days.get(t), values[t]));
        }
        return points;
    }

    public double last() {
        return values[values.length - 1];
    }

    /** The average value over the days. */
    public double mean() {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * The simple daily returns {@code V_t / V_(t-1) - 1}, one fewer than the days: return t is earned on
     * {@code returnDays().get(t)}, from the close of {@link #returnsBaseDay()} for the first
     * (risk-conventions.md: V_0 is the value before the first return).
     */
    public double[] dailyReturns() {
        double[] returns = new double[Math.max(0, values.length - 1)];
        for (int t = 0; t < returns.length; t++) {
            returns[t] = values[t + 1] / values[t] - 1;
        }
        return returns;
    }

    /** The day of the close before the first daily return. */
    public LocalDate returnsBaseDay() {
        return days.get(0);
    }

    /** The day of each daily return. */
    public List<LocalDate> returnDays() {
        return days.subList(1, days.size());
    }
}
