package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed path and query parameters; a value that does not parse is a 400 naming the parameter. */
final class Params {

    /** Longer than any amount a person means: refused before parsing. */
    private static final int MAX_DECIMAL_LENGTH = 100;
    /** A calendar day as ISO-8601 writes it, with a four-digit year (no signed or five-digit years). */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The days a database is asked about: no daily close is older, and year 10000 is nobody's intent. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

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
        throw ApiProblem.invalid(name, name + " must be a decimal number such as 1 or 0.5, was '" + shortened(raw) + "'");
    }

    /** An optional whole-number query parameter; null when absent or blank. */
    static Integer integer(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(name, name + " must be a whole number, was '" + shortened(raw) + "'");
        }
    }

    /**
     * An optional point in time as ISO 8601 with its offset ({@code 2025-08-26T09:30:00Z},
     * {@code 2025-08-26T11:30:00+02:00}), from 1970 on; null when absent or blank.
     */
    static Instant instant(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            // a '+' of an offset written unencoded in a query arrives as a space
            Instant instant = OffsetDateTime.parse(raw.strip().replace(' ', '+')).toInstant();
            if (!instant.isBefore(Instant.EPOCH)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below, as for a time before 1970
        }
        throw ApiProblem.invalid(name, name + " must be a time from 1970 on written as ISO 8601 with its offset, such as"
                + " 2025-08-26T09:30:00Z; was '" + shortened(raw) + "'");
    }

    /** An optional calendar day ({@code 2025-02-20}, 1970 to 9999); null when absent or blank. */
    static LocalDate day(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (DAY.matcher(raw.strip()).matches()) {
                LocalDate day = LocalDate.parse(raw.strip());
                if (!day.isBefore(FIRST_DAY)) {
                    return day;
                }
            }
        } catch (DateTimeParseException e) {
            // answered below, as for any other text that is no day
        }
        throw ApiProblem.invalid(field, field + " must be a calendar day from 1970-01-01 to 9999-12-31 written"
                + " YYYY-MM-DD, such as 2025-02-20; was '" + shortened(raw) + "'");
    }

    private static String shortened(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }

    /** A field a body must have. */
    static <T> T required(T value, String field) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            throw ApiProblem.invalid(field, field + " is required");
        }
        return value;
    }

    /**
     * Refuses a list or map of a request longer than a person would send (each entry costs work: a strategy a run,
     * a shock a pass over the holdings).
     *
     * @param items the field's value, or null when it was left out
     */
    static void atMost(Collection<?> items, int max, String field) {
        if (items != null && items.size() > max) {
            throw ApiProblem.invalid(field, field + " may hold at most " + max + " entries, it holds " + items.size());
        }
    }

    static void atMost(Map<?, ?> entries, int max, String field) {
        atMost(entries == null ? null : entries.keySet(), max, field);
    }
}
