package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.List;

/** Daily closes kept for good (the database), so that only days never stored are fetched again. */
public interface PriceHistoryStore {

    /**
     * Stores closes in one transaction; a close of a coin for a day already stored replaces it.
     *
     * @return how many (coin, day) pairs were not stored before
     */
    int save(List<DailyClose> closes);

    /** The stored closes of a coin for the days {@code first} to {@code last} (inclusive), in day order. */
    List<DailyClose> closes(Asset coin, LocalDate first, LocalDate last);

    /** For every coin with stored closes: its first and last day and how many days are stored. */
    List<StoredHistory> coverage();
}
