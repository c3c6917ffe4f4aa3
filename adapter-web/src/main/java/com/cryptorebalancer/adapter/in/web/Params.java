package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.math.BigDecimal;

/** Typed path and query parameters; a value that does not parse is a 400 naming the parameter. */
final class Params {

    /** Longer than any amount a person means: refused before parsing. */
    private static final int MAX_DECIMAL_LENGTH = 100;

    private Params() {
    }

    /** The {@code id} path parameter: a positive integer. */
    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, as for zero and negative ids
        }
        throw ApiProblem.invalid("id", "id must be a positive integer, was '" + raw + "'");
    }

    /** An optional {@code true}/{@code false} query parameter; anything else is refused. */
    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ApiProblem.invalid(name, name + " must be true or false, was '" + raw + "'");
    }

    /** An optional decimal query parameter, read exactly; null when absent. */
    static BigDecimal decimal(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return null;
        }
        try {
            if (raw.length() <= MAX_DECIMAL_LENGTH) {
                return new BigDecimal(raw.strip());
            }
        } catch (NumberFormatException e) {
            // answered below, as for an over-long value
        }
        throw ApiProblem.invalid(name, name + " must be a decimal number such as 1 or 0.5, was '"
                + (raw.length() > 40 ? raw.substring(0, 40) + "..." : raw) + "'");
    }

    /** A field a body must have. */
    static <T> T required(T value, String field) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            throw ApiProblem.invalid(field, field + " is required");
        }
        return value;
    }
}
