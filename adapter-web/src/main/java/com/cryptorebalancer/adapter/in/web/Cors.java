package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for exactly the configured origins (none: no CORS header is ever sent). A
 * preflight from an allowed origin is answered here with 204; any other origin gets no CORS headers, so
 * the browser refuses.
 */
final class Cors {

    private static final String METHODS = "GET, POST, PUT, DELETE";
    private static final String HEADERS = "Authorization, Content-Type, " + RequestId.HEADER;

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", RequestId.HEADER);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
