package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * When a token is configured, every {@code /api} request needs {@code Authorization: Bearer <token>},
 * except the API's own documentation (so the docs page can load and show the scheme). The comparison
 * takes the same time whatever the token sent.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    /** @param token null for none */
    BearerToken(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return token != null;
    }

    static boolean isProtected(String path) {
        return path.startsWith("/api/") && !path.equals(ApiDocs.OPENAPI_PATH) && !path.equals(ApiDocs.DOCS_PATH)
                && !path.startsWith(ApiDocs.DOCS_PATH + "/");
    }

    void check(Context ctx) {
        if (token == null || !isProtected(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "this API needs the header Authorization: Bearer <token>");
        }
        byte[] sent = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, token)) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "the bearer token is not the one this server expects");
        }
    }
}
