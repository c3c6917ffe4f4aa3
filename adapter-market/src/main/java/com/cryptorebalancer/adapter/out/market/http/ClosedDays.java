package com.cryptorebalancer.adapter.out.market.http;

import com.cryptorebalancer.domain.money.Asset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** The days of a history request that can have a close: every history source checks and clips its range alike. */
public final class ClosedDays {

    private ClosedDays() {
    }

    /**
     * The last day to ask for: {@code last}, or yesterday (UTC) when {@code last} is later, since today has no
     * close yet. The answer is before {@code first} when nothing in the range has closed.
     *
     * @throws IllegalArgumentException when {@code first} is after {@code last}
     */
    public static LocalDate lastClosed(Asset coin, LocalDate first, LocalDate last, Clock clock) {
        Objects.requireNonNull(coin, "coin must not be null");
        Objects.requireNonNull(first, "first day must not be null");
        Objects.requireNonNull(last, "last day must not be null");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("first day " + first + " is after last day " + last + " for " + coin);
        }
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        return last.isAfter(yesterday) ? yesterday : last;
    }
}
