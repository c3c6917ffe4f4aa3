package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.PlanOutcome;
import com.cryptorebalancer.application.port.in.SavedPlansUseCase;
import io.javalin.http.Context;

/** Plans for the current portfolio, saved until deleted. */
final class PlanEndpoints {

    static final String CSV = "text/csv";

    private final Json json;
    private final SavedPlansUseCase plans;

    PlanEndpoints(Json json, SavedPlansUseCase plans) {
        this.json = json;
        this.plans = plans;
    }

    void create(Context ctx) {
        PlanOutcome outcome = plans.plan(json.read(ctx, PlanRequestJson.class).toRequest());
        // a plan asked for again is the one saved before: 200 and where it is, rather than 201 and a copy
        ctx.header("Location", "/api/v1/plans/" + outcome.plan().id());
        json.write(ctx, outcome.created() ? 201 : 200, outcome.plan());
    }

    void list(Context ctx) {
        json.write(ctx, 200, plans.list());
    }

    void get(Context ctx) {
        json.write(ctx, 200, plans.get(Params.id(ctx)));
    }

    void csv(Context ctx) {
        long id = Params.id(ctx);
        String csv = plans.csv(id);
        ctx.header("Content-Disposition", "attachment; filename=\"plan-" + id + ".csv\"");
        ctx.contentType(CSV + "; charset=utf-8").result(csv);
    }

    void delete(Context ctx) {
        plans.delete(Params.id(ctx));
        ctx.status(204);
    }
}
