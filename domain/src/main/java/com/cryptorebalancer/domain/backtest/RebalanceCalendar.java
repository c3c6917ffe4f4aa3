package com.cryptorebalancer.domain.backtest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * How often a calendar strategy trades. It trades at the first close of each new period: the first close of
 * each ISO week (Monday when that day has a close), of each calendar month, of each calendar quarter. "New"
 * is judged against the previous close of the series, so a missing first day moves the trade to the next
 * close in the period, and the day of the initial purchase is never a rebalance.
 */
public enum RebalanceCalendar {
    WEEKLY, MONTHLY, QUARTERLY;

    /** Whether {@code day} is in another period than {@code previous}, the close before it. */
    public boolean opensNewPeriod(LocalDate previous, LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != previous.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    || day.get(IsoFields.WEEK_BASED_YEAR) != previous.get(IsoFields.WEEK_BASED_YEAR);
            case MONTHLY -> day.getMonthValue() != previous.getMonthValue() || day.getYear() != previous.getYear();
            case QUARTERLY -> day.get(IsoFields.QUARTER_OF_YEAR) != previous.get(IsoFields.QUARTER_OF_YEAR)
                    || day.getYear() != previous.getYear();
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
