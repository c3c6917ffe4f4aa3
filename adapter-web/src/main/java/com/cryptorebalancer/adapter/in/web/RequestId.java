package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Names every request: the caller's {@code X-Request-Id} when it is a short, safe token (so a proxy's id
 * carries through), otherwise a new one made of this process's random prefix and a counter, which is
 * unique across replicas without a random draw per request.
 */
final class RequestId {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "rebalancer.request-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    RequestId() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        this.prefix = HexFormat.of().formatHex(random) + "-";
    }

    /** Before every request: decides its id and sends it back. */
    void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : prefix + counter.incrementAndGet();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The id of the request; "unknown" only if it failed before its id was given. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "unknown" : id;
    }
}
