package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A problem as docs/api.md describes it (RFC 9457, {@code application/problem+json}).
 *
 * @param errors what is wrong, field by field or row by row; may be empty
 */
record ProblemJson(String type, String title, int status, String detail, List<FieldError> errors, String requestId) {

    /**
     * One thing wrong: a request field ({@code field}, {@code message}), a place in a malformed body
     * ({@code line}, {@code column}) or a row of an imported file ({@code file}, {@code line}, {@code column},
     * {@code value}). Absent parts are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldError(String field, String message, String file, Integer line, String column, String value) {

        static FieldError of(String field, String message) {
            return new FieldError(field, message, null, null, null, null);
        }
    }
}
