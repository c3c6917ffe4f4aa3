package com.cryptorebalancer.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A backfill run as a job (in a server's background or by a command), as far as it got: each coin dealt with, in the order done, then
 * the backfill's own account when it ends. A value: each step gives a new job, which its runner stores.
 *
 * @param id        the store's number for it
 * @param days      how many UTC days back it was asked for
 * @param done      coins dealt with so far, of {@code total}
 * @param coins     each coin dealt with, in the order done
 * @param first     the first day asked for; null until the backfill is done
 * @param last      the last day asked for (yesterday, UTC); null until the backfill is done
 * @param error     why the backfill as a whole failed, or null
 * @param startedAt when it was started
 * @param updatedAt when it last told anything (its progress, its end)
 */
public record BackfillJob(long id, State state, int days, int done, int total, List<Backfill.CoinOutcome> coins,
                          LocalDate first, LocalDate last, String error, Instant startedAt, Instant updatedAt) {

    public enum State {
        RUNNING, DONE, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BackfillJob {
        Objects.requireNonNull(state, "a backfill job has a state");
        Objects.requireNonNull(startedAt, "a backfill job has a start");
        Objects.requireNonNull(updatedAt, "a backfill job has a last update");
        coins = List.copyOf(coins);
    }

    /** A job just started, before its first coin. */
    public static BackfillJob started(long id, int days, int total, Instant at) {
        return new BackfillJob(id, State.RUNNING, days, 0, total, List.of(), null, null, null, at, at);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** One more coin dealt with. */
    public BackfillJob coinDone(int doneSoFar, int coinsInAll, Backfill.CoinOutcome outcome, Instant at) {
        List<Backfill.CoinOutcome> more = new ArrayList<>(coins);
        more.add(outcome);
        return new BackfillJob(id, state, days, doneSoFar, coinsInAll, more, first, last, error, startedAt, at);
    }

    /** The same job, alive at {@code at}. */
    public BackfillJob aliveAt(Instant at) {
        return new BackfillJob(id, state, days, done, total, coins, first, last, error, startedAt, at);
    }

    /** The backfill's own account replaces what progress told, so the job ends exactly as the backfill did. */
    public BackfillJob finished(Backfill result, Instant at) {
        return new BackfillJob(id, State.DONE, days, result.coins().size(), result.coins().size(), result.coins(),
                result.first(), result.last(), null, startedAt, at);
    }

    /** Ended without the backfill's account; the coins done until then stay. */
    public BackfillJob failed(String why, Instant at) {
        return new BackfillJob(id, State.FAILED, days, done, total, coins, first, last, why, startedAt, at);
    }
}
