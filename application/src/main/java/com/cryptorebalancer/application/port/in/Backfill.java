package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.List;

/** What a backfill of daily history did, coin by coin. */
public record Backfill(LocalDate first, LocalDate last, List<CoinOutcome> coins) {

    public Backfill {
        coins = List.copyOf(coins);
    }

    /** How one coin went. */
    public enum Status {
        /** days were fetched and stored */
        FETCHED,
        /** every day was stored already: nothing asked */
        COMPLETE,
        /** no history source lists the coin */
        UNKNOWN,
        /** the sources that list it failed */
        FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param missing  days the database lacked before
     * @param fetched  days fetched and stored (a source may lack some days, e.g. before a coin was listed)
     * @param source   the source that gave them, or null
     * @param message  what went wrong (the sources' words), or null
     */
    public record CoinOutcome(Asset asset, Status status, int missing, int fetched, String source, String message) {
    }

    public long count(Status status) {
        return coins.stream().filter(coin -> coin.status() == status).count();
    }

    public int daysFetched() {
        return coins.stream().mapToInt(CoinOutcome::fetched).sum();
    }
}
