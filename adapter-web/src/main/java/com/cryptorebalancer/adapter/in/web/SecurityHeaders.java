package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;

/**
 * Headers every answer carries, static files and errors included: a content security policy that allows
 * no inline script, no sniffing, no referrer, no framing.
 */
final class SecurityHeaders {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** Swagger UI sets style attributes from its scripts; its page alone allows inline styles (never inline script). */
    private static final String DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", ctx.path().startsWith(ApiDocs.DOCS_PATH) ? DOCS_POLICY : POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
