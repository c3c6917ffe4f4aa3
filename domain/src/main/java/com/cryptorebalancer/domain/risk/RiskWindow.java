package com.cryptorebalancer.domain.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The calendar days a risk report was asked for, both included: the closes from {@code first} to {@code last}. */
public record RiskWindow(LocalDate first, LocalDate last) {

    public RiskWindow {
        Objects.requireNonNull(first, "a risk window needs its first day");
        Objects.requireNonNull(last, "a risk window needs its last day");
        if (!last.isAfter(first)) {
            throw new IllegalArgumentException("a risk window needs two days at least, was " + first + " to " + last);
        }
    }

    /** The window of {@code returnDays} daily returns ending on {@code last}: returnDays + 1 closes. */
    public static RiskWindow ending(LocalDate last, int returnDays) {
        if (returnDays < 1) {
            throw new IllegalArgumentException("a risk window needs at least one return day, was " + returnDays);
        }
        return new RiskWindow(last.minusDays(returnDays), last);
    }

    /** How many calendar days there are from first to last, both included: the most closes a coin can have. */
    public int calendarDays() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
