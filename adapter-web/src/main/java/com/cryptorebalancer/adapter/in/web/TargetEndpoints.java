package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Map;

/** Named target profiles. */
final class TargetEndpoints {

    /** The body of {@code POST} and {@code PUT /api/v1/targets}: percent by group name, numbers or strings. */
    record TargetProfileRequestJson(String name, Map<String, BigDecimal> targets) {
    }

    private final Json json;
    private final TargetProfilesUseCase targets;

    TargetEndpoints(Json json, TargetProfilesUseCase targets) {
        this.json = json;
        this.targets = targets;
    }

    void list(Context ctx) {
        json.write(ctx, 200, targets.list());
    }

    void get(Context ctx) {
        json.write(ctx, 200, targets.get(Params.id(ctx)));
    }

    void create(Context ctx) {
        TargetProfileRequestJson body = json.read(ctx, TargetProfileRequestJson.class);
        json.write(ctx, 201, targets.create(Params.required(body.name(), "name"),
                Params.required(body.targets(), "targets")));
    }

    void update(Context ctx) {
        long id = Params.id(ctx);
        TargetProfileRequestJson body = json.read(ctx, TargetProfileRequestJson.class);
        json.write(ctx, 200, targets.update(id, Params.required(body.name(), "name"),
                Params.required(body.targets(), "targets")));
    }

    void delete(Context ctx) {
        targets.delete(Params.id(ctx));
        ctx.status(204);
    }
}
