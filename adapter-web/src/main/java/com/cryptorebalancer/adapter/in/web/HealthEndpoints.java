package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.util.function.Supplier;

/** Liveness and readiness, for load balancers and orchestrators; no token needed. */
final class HealthEndpoints {

    /** {@code {"status": "ok"}}, or a status with the reason it is not ready. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HealthJson(String status, String detail) {
    }

    private static final HealthJson OK = new HealthJson("ok", null);
    private static final HealthJson READY = new HealthJson("ready", null);

    private final Json json;
    private final Supplier<String> readinessProblem;

    HealthEndpoints(Json json, Supplier<String> readinessProblem) {
        this.json = json;
        this.readinessProblem = readinessProblem;
    }

    void live(Context ctx) {
        json.write(ctx, 200, OK);
    }

    void ready(Context ctx) {
        String problem = readinessProblem.get();
        json.write(ctx, problem == null ? 200 : 503, problem == null ? READY : new HealthJson("unavailable", problem));
    }
}
