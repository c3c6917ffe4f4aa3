package com.cryptorebalancer.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * What holdings would have been worth on each past day, from the stored daily closes: for each day the
 * sum of quantity x close over the coins with a close that day, and how many coins that is. A coin
 * without a close on a day is left out of that day's sum and counted, never valued at 0 without saying so.
 *
 * @param coins          how many coins the holdings hold
 * @param withoutHistory the coins with no stored close in the whole window
 */
public record HoldingsWorth(LocalDate first, LocalDate last, int coins, List<Day> days, List<String> withoutHistory) {

    public HoldingsWorth {
        days = List.copyOf(days);
        withoutHistory = List.copyOf(withoutHistory);
    }

    /** @param usd the day's sum, as an exact string with cents; {@code coinsPriced} of the holdings' coins in it */
    public record Day(LocalDate day, String usd, int coinsPriced) {
    }
}
