package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured line per request, as key-value pairs the JSON encoder turns into fields. */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.cryptorebalancer.access");

    private AccessLog() {
    }

    static void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.atInfo()
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path())
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("duration_ms", millis)
                .addKeyValue("request_id", RequestId.of(ctx))
                .log("request");
    }
}
