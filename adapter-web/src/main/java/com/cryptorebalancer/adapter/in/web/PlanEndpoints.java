package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.PlanOutcome;
import com.cryptorebalancer.application.port.in.SavedPlansUseCase;
import com.cryptorebalancer.application.port.out.SavedPlan;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plans for the current portfolio, saved until deleted. */
final class PlanEndpoints {

    static final String CSV = "text/csv";

    /** How many saved plans are kept as JSON: a plan of 1,000 holdings is about 330 KB of it. */
    private static final int KEPT_AS_JSON = 8;

    private final Json json;
    private final SavedPlansUseCase plans;
    /** Saved plans never change (they are only deleted), so the JSON of one written lately is written again as is. */
    private final Map<Long, byte[]> written = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > KEPT_AS_JSON;
        }
    };

    PlanEndpoints(Json json, SavedPlansUseCase plans) {
        this.json = json;
        this.plans = plans;
    }

    void create(Context ctx) {
        PlanOutcome outcome = plans.plan(json.read(ctx, PlanRequestJson.class).toRequest());
        // a plan asked for again is the one saved before: 200 and where it is, rather than 201 and a copy
        ctx.header("Location", "/api/v1/plans/" + outcome.plan().id());
        json.writeBytes(ctx, outcome.created() ? 201 : 200, bytes(outcome.plan()));
    }

    void list(Context ctx) {
        json.write(ctx, 200, plans.list());
    }

    void get(Context ctx) {
        json.writeBytes(ctx, 200, bytes(plans.get(Params.id(ctx))));
    }

    private byte[] bytes(SavedPlan plan) {
        synchronized (written) {
            byte[] known = written.get(plan.id());
            if (known != null) {
                return known;
            }
        }
        byte[] bytes = json.bytes(plan);
        synchronized (written) {
            written.put(plan.id(), bytes);
        }
        return bytes;
    }

    void csv(Context ctx) {
        long id = Params.id(ctx);
        String csv = plans.csv(id);
        ctx.header("Content-Disposition", "attachment; filename=\"plan-" + id + ".csv\"");
        ctx.contentType(CSV + "; charset=utf-8").result(csv);
    }

    void delete(Context ctx) {
        long id = Params.id(ctx);
        synchronized (written) {
            written.remove(id);
        }
        plans.delete(id);
        ctx.status(204);
    }
}
