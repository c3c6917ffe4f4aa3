package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.Backfill;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One backfill started from the API, as it goes: written by the thread that runs it, read by requests that
 * follow it, so every access holds its lock and readers get a copy ({@link #json()}).
 */
final class BackfillJob {

    enum State {
        RUNNING, DONE, FAILED;

        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What {@code GET /api/v1/prices/backfill/{id}} answers.
     *
     * @param done  coins dealt with so far, of {@code total}
     * @param coins each coin dealt with, in the order done
     * @param first the first day asked for; null until the backfill is done
     * @param last  the last day asked for (yesterday, UTC); null until the backfill is done
     * @param error why the backfill as a whole failed, or null
     */
    record BackfillJobJson(long id, State state, int days, int done, int total, List<Coin> coins, LocalDate first,
                           LocalDate last, String error) {

        /**
         * @param status  {@code fetched}, {@code complete} (every day stored already), {@code unknown} (no source lists
         *                the coin) or {@code failed}
         * @param missing days the database lacked before
         * @param fetched days fetched and stored
         * @param source  the source that gave them, or null
         * @param message what went wrong (the sources' words), or null
         */
        record Coin(String symbol, String status, int missing, int fetched, String source, String message) {

            static Coin of(Backfill.CoinOutcome outcome) {
                return new Coin(outcome.asset().symbol(), outcome.status().code(), outcome.missing(), outcome.fetched(),
                        outcome.source(), outcome.message());
            }
        }
    }

    private final long id;
    private final int days;
    private State state = State.RUNNING;
    private int done;
    private int total;
    private final List<BackfillJobJson.Coin> coins = new ArrayList<>();
    private LocalDate first;
    private LocalDate last;
    private String error;

    BackfillJob(long id, int days, int total) {
        this.id = id;
        this.days = days;
        this.total = total;
    }

    long id() {
        return id;
    }

    synchronized boolean running() {
        return state == State.RUNNING;
    }

    synchronized void coinDone(int doneSoFar, int coinsInAll, Backfill.CoinOutcome outcome) {
        done = doneSoFar;
        total = coinsInAll;
        coins.add(BackfillJobJson.Coin.of(outcome));
    }

    /** The backfill's own account replaces what progress told, so the job ends exactly as the backfill did. */
    synchronized void finished(Backfill result) {
        coins.clear();
        result.coins().forEach(coin -> coins.add(BackfillJobJson.Coin.of(coin)));
        done = coins.size();
        total = coins.size();
        first = result.first();
        last = result.last();
        state = State.DONE;
    }

    synchronized void failed(String why) {
        error = why;
        state = State.FAILED;
    }

    synchronized BackfillJobJson json() {
        return new BackfillJobJson(id, state, days, done, total, List.copyOf(coins), first, last, error);
    }
}
