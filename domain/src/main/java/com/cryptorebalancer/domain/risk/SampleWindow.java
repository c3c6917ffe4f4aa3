package com.cryptorebalancer.domain.risk;

import java.time.LocalDate;

/**
 * The days a figure was computed on, as every risk output names them: {@code periods_per_year},
 * {@code window_start}, {@code window_end}, {@code observations}.
 *
 * @param periodsPerYear what annualised figures are scaled by: 365 for daily crypto returns
 * @param start          the day of the first close (the base of the first return); null when there are no closes
 * @param end            the day of the last close; null when there are no closes
 * @param observations   how many returns: one fewer than the closes
 */
public record SampleWindow(int periodsPerYear, LocalDate start, LocalDate end, int observations) {

    /** Daily crypto trades every day of the year. */
    public static final int DAILY_CRYPTO = 365;

    public SampleWindow {
        ReturnStatistics.requirePeriods(periodsPerYear);
        if ((start == null) != (end == null) || (start != null && end.isBefore(start))) {
            throw new IllegalArgumentException("a sample runs from a start to an end not before it, or has no days;"
                    + " was " + start + " to " + end);
        }
        if (observations < 0 || (start == null && observations > 0)) {
            throw new IllegalArgumentException("observations must be 0 to the days there are, was " + observations
                    + " from " + start + " to " + end);
        }
    }

    /** The daily sample of aligned returns: from the base day to the last return's day. */
    public static SampleWindow of(DailyReturns returns) {
        int n = returns.count();
        return new SampleWindow(DAILY_CRYPTO, returns.baseDay(), n == 0 ? returns.baseDay() : returns.days().get(n - 1), n);
    }

    /** The daily sample of a value path. */
    public static SampleWindow of(ValuePath path) {
        return new SampleWindow(DAILY_CRYPTO, path.start(), path.end(), path.observations());
    }
}
