package com.cryptorebalancer.adapter.in.web;

import java.util.List;

/** A client mistake the web adapter itself finds (a bad parameter, a missing token...), answered as a problem. */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<ProblemJson.FieldError> errors;
    private final String header;
    private final String headerValue;

    ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    ApiProblem(ProblemType type, String detail, List<ProblemJson.FieldError> errors) {
        this(type, detail, errors, null, null);
    }

    /** A problem answered with a header as well, e.g. a 409 with the {@code Location} of what is in the way. */
    ApiProblem(ProblemType type, String detail, List<ProblemJson.FieldError> errors, String header, String headerValue) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.header = header;
        this.headerValue = headerValue;
    }

    /** A request parameter or field at fault. */
    static ApiProblem invalid(String field, String message) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, message, List.of(ProblemJson.FieldError.of(field, message)));
    }

    ProblemType type() {
        return type;
    }

    List<ProblemJson.FieldError> errors() {
        return errors;
    }

    /** The header to answer with, or null for none. */
    String header() {
        return header;
    }

    String headerValue() {
        return headerValue;
    }
}
