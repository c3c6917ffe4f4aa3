package com.cryptorebalancer.domain.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A value over days and the simple returns between them: V_0 on the base day (the first close), then
 * one value and one return per later day. Either side may come first: fixed weights give returns (and
 * V_0 = 1, so that a first-day loss counts in a drawdown), buy-and-hold holdings give values.
 */
public final class ValuePath {

    /** The calendar's year in CAGR's exponent, whatever the periods per year (risk-conventions.md). */
    static final double DAYS_PER_YEAR = 365;

    private final List<LocalDate> days;
    private final double[] values;
    private final double[] returns;

    private ValuePath(List<LocalDate> days, double[] values, double[] returns) {
        this.days = List.copyOf(days);
        this.values = values;
        this.returns = returns;
    }

    /** V_0 = 1 on {@code baseDay}, then V_t = V_{t-1}(1 + r_t); no days at all when baseDay is null. */
    public static ValuePath ofReturns(LocalDate baseDay, List<LocalDate> returnDays, double[] returns) {
        Objects.requireNonNull(returnDays, "return days must not be null");
        if (returnDays.size() != returns.length) {
            throw new IllegalArgumentException(returns.length + " returns for " + returnDays.size() + " days");
        }
        if (baseDay == null) {
            if (returns.length > 0) {
                throw new IllegalArgumentException("returns need the day of the value before the first one");
            }
            return new ValuePath(List.of(), new double[0], new double[0]);
        }
        List<LocalDate> days = new ArrayList<>(returnDays.size() + 1);
        days.add(baseDay);
        days.addAll(returnDays);
        double[] values = new double[returns.length + 1];
        values[0] = 1;
        for (int t = 0; t < returns.length; t++) {
            values[t + 1] = values[t] * (1 + returns[t]);
        }
        return new ValuePath(days, values, returns.clone());
    }

    /** The returns of a path of positive values, r_t = V_t / V_{t-1} - 1. */
    public static ValuePath ofValues(List<LocalDate> days, double[] values) {
        Objects.requireNonNull(days, "days must not be null");
        if (days.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + days.size() + " days");
        }
        double[] returns = new double[Math.max(0, values.length - 1)];
        for (int t = 0; t < values.length; t++) {
            if (!(values[t] > 0) || Double.isInfinite(values[t])) {
                throw new IllegalArgumentException("the value on " + days.get(t) + " must be positive, was " + values[t]);
            }
            if (t > 0) {
                returns[t - 1] = values[t] / values[t - 1] - 1;
            }
        }
        return new ValuePath(days, values.clone(), returns);
    }

    /** The days, the base day first; empty for a path without days. */
    public List<LocalDate> days() {
        return days;
    }

    /** The base day, or null for a path without days. */
    public LocalDate start() {
        return days.isEmpty() ? null : days.get(0);
    }

    /** The last day, or null for a path without days. */
    public LocalDate end() {
        return days.isEmpty() ? null : days.get(days.size() - 1);
    }

    public double value(int day) {
        return values[day];
    }

    /** Each day's fall from the highest value so far, V_t / max_{s<=t} V_s - 1 (0 at a new high), for charts. */
    public double[] drawdowns() {
        double[] drawdowns = new double[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < values.length; t++) {
            peak = Math.max(peak, values[t]);
            drawdowns[t] = values[t] / peak - 1;
        }
        return drawdowns;
    }

    /** How many returns: one fewer than the days. */
    public int observations() {
        return returns.length;
    }

    public double[] returns() {
        return returns.clone();
    }

    /** The returns without a copy, for this package. */
    double[] rawReturns() {
        return returns;
    }

    /** (V_end / V_start)^(365 / calendar days from the first to the last close) - 1. */
    public Figure cagr() {
        if (days.size() < 2) {
            return Figure.undefined("a growth rate needs closes on two days, there "
                    + (days.isEmpty() ? "are none" : "is one"));
        }
        long calendarDays = ChronoUnit.DAYS.between(start(), end());
        return Figure.of(Math.pow(values[values.length - 1] / values[0], DAYS_PER_YEAR / calendarDays) - 1);
    }
}
