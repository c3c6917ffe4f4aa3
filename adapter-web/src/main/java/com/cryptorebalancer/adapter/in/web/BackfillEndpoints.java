package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backfills of the current portfolio's daily history: started with a {@code POST} that answers 202 at once,
 * followed at the job's {@code Location} until it is done.
 */
final class BackfillEndpoints {

    static final int DEFAULT_DAYS = 365;
    /** Ten years: more than any source keeps of daily closes. */
    static final int MAX_DAYS = 3650;
    private static final String JOBS = "/api/v1/prices/backfill/";

    /** The body of {@code POST /api/v1/prices/backfill}; the body and {@code days} may be left out (365). */
    record BackfillRequestJson(Integer days) {
    }

    private final Json json;
    private final CurrentPortfolioUseCase portfolio;
    private final BackfillJobs jobs;

    BackfillEndpoints(Json json, CurrentPortfolioUseCase portfolio, BackfillJobs jobs) {
        this.json = json;
        this.portfolio = portfolio;
        this.jobs = jobs;
    }

    void start(Context ctx) {
        int days = days(ctx);
        BackfillJobs.Start start = jobs.start(coins(), days);
        String location = JOBS + start.job().id();
        if (!start.started()) {
            BackfillJob.BackfillJobJson running = start.job().json();
            throw new ApiProblem(ProblemType.CONFLICT, "a backfill is running (job " + running.id() + ", " + running.done()
                    + " of " + running.total() + " coins done): follow it at " + location + " and start another when it is done",
                    List.of(), Header.LOCATION, location);
        }
        ctx.header(Header.LOCATION, location);
        json.write(ctx, 202, start.job().json());
    }

    void get(Context ctx) {
        long id = Params.id(ctx);
        BackfillJob job = jobs.get(id).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "no backfill job " + id
                + ": the server keeps the last " + BackfillJobs.KEPT + " jobs since it started"));
        json.write(ctx, 200, job.json());
    }

    /** The days asked for: the body's, or the default when there is no body or it leaves them out. */
    private int days(Context ctx) {
        if (ctx.bodyAsBytes().length == 0) {
            return DEFAULT_DAYS;
        }
        Integer days = json.read(ctx, BackfillRequestJson.class).days();
        if (days == null) {
            return DEFAULT_DAYS;
        }
        if (days < 1 || days > MAX_DAYS) {
            throw ApiProblem.invalid("days", "days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
        return days;
    }

    /**
     * The coins of the current portfolio, as {@code rebalancer prices backfill} takes them: every coin counted
     * in its totals, dust included (negative and unpriced holdings are not counted).
     */
    private Set<Asset> coins() {
        return portfolio.current(BigDecimal.ZERO).view().overview().groups().stream()
                .flatMap(group -> group.coins().stream())
                .map(PortfolioOverview.CoinTotal::coin)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
