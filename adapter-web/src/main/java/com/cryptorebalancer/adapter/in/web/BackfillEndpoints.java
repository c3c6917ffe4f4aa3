package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.fasterxml.jackson.annotation.JsonValue;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Backfills of the current portfolio's daily history: started with a {@code POST} that answers 202 at once,
 * followed at the job's {@code Location} until it is done, from this server or any other sharing its database.
 */
final class BackfillEndpoints {

    static final int DEFAULT_DAYS = 365;
    static final int DEFAULT_LISTED = 10;
    private static final String JOBS = "/api/v1/prices/backfill/";

    /** The body of {@code POST /api/v1/prices/backfill}; the body and {@code days} may be left out (365). */
    record BackfillRequestJson(Integer days) {
    }

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
     * @param done       coins dealt with so far, of {@code total}
     * @param coins      each coin dealt with, in the order done
     * @param first      the first day asked for; null until the backfill is done
     * @param last       the last day asked for (yesterday, UTC); null until the backfill is done
     * @param error      why the backfill as a whole failed, or null
     * @param updatedAt  when the job last told anything (its progress, its end)
     */
    record BackfillJobJson(long id, State state, int days, int done, int total, List<Coin> coins, LocalDate first,
                           LocalDate last, String error, Instant startedAt, Instant updatedAt) {

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

        static BackfillJobJson of(BackfillJob job) {
            return new BackfillJobJson(job.id(), State.valueOf(job.state().name()), job.days(), job.done(), job.total(),
                    job.coins().stream().map(Coin::of).toList(), job.first(), job.last(), job.error(), job.startedAt(),
                    job.updatedAt());
        }
    }

    private final Json json;
    private final BackfillJobsUseCase jobs;

    BackfillEndpoints(Json json, BackfillJobsUseCase jobs) {
        this.json = json;
        this.jobs = jobs;
    }

    void start(Context ctx) {
        BackfillJobsUseCase.Start start = jobs.start(days(ctx));
        BackfillJob job = start.job();
        String location = JOBS + job.id();
        if (!start.started()) {
            throw new ApiProblem(ProblemType.CONFLICT, "a backfill is running (job " + job.id() + ", " + job.done()
                    + " of " + job.total() + " coins done): follow it at " + location + " and start another when it is done",
                    List.of(), Header.LOCATION, location);
        }
        ctx.header(Header.LOCATION, location);
        json.write(ctx, 202, BackfillJobJson.of(job));
    }

    void get(Context ctx) {
        long id = Params.id(ctx);
        BackfillJob job = jobs.job(id).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "no backfill job " + id
                + ": the newest jobs are kept, not older ones"));
        json.write(ctx, 200, BackfillJobJson.of(job));
    }

    void list(Context ctx) {
        Integer limit = Params.integer(ctx, "limit");
        json.write(ctx, 200, jobs.newest(limit == null ? DEFAULT_LISTED : limit).stream().map(BackfillJobJson::of).toList());
    }

    /** The days asked for: the body's, or the default when there is no body or it leaves them out. */
    private int days(Context ctx) {
        if (ctx.bodyAsBytes().length == 0) {
            return DEFAULT_DAYS;
        }
        Integer days = json.read(ctx, BackfillRequestJson.class).days();
        return days == null ? DEFAULT_DAYS : days;
    }
}
