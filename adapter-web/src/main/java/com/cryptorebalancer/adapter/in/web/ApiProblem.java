package com.cryptorebalancer.adapter.in.web;

import java.util.List;

/** A client mistake the web adapter itself finds (a bad parameter, a missing token...), answered as a problem. */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<ProblemJson.FieldError> errors;

    ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    ApiProblem(ProblemType type, String detail, List<ProblemJson.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
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
}
