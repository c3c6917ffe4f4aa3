package com.cryptorebalancer.adapter.out.market.coingecko;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** UTC days {@code first} to {@code last} (inclusive) whose closes one history request fetches. */
record DayWindow(LocalDate first, LocalDate last) {

    /** Consecutive windows of at most {@code maxDays} days covering {@code first} to {@code last}, in order. */
    static List<DayWindow> split(LocalDate first, LocalDate last, int maxDays) {
        List<DayWindow> windows = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = start.plusDays(maxDays)) {
            LocalDate end = start.plusDays(maxDays - 1L);
            windows.add(new DayWindow(start, end.isAfter(last) ? last : end));
        }
        return windows;
    }

    /** The request's start: 00:00 UTC of the first day (its point closes the day before, and is dropped). */
    Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The request's end: 00:00 UTC after the last day, the point that closes the last day. */
    Instant to() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
