package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.ConflictException;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers: every failure is an {@code application/problem+json}
 * body with the request id; an unexpected one is logged with its stack trace and answered with a generic
 * 500, never with its message.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** A problem about to be written, with the header its status calls for (or null). */
    private record Answer(ProblemType type, String detail, List<ProblemJson.FieldError> errors, String header,
                          String headerValue) {

        Answer(ProblemType type, String detail, List<ProblemJson.FieldError> errors) {
            this(type, detail, errors, null, null);
        }
    }

    private final Json json;

    ErrorMapping(Json json) {
        this.json = json;
    }

    void install(RoutesConfig routes) {
        routes.exception(Exception.class, this::handle);
        routes.exception(HttpResponseException.class, this::handle); // replaces Javalin's own answer to 404, 405, 413
    }

    void handle(Exception e, Context ctx) {
        Answer answer = answer(e, ctx);
        if (answer.header() != null) {
            ctx.header(answer.header(), answer.headerValue());
        }
        if (answer.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            // the rest of the body may still be on its way: end the connection rather than read it (RFC 9110, 15.5.14)
            ctx.header(Header.CONNECTION, "close");
        }
        String requestId = RequestId.of(ctx);
        ProblemJson problem = new ProblemJson(answer.type().uri(), answer.type().title(), answer.type().status(),
                answer.detail(), answer.errors(), requestId);
        ctx.status(answer.type().status()).contentType(ProblemType.MEDIA_TYPE).result(json.bytes(problem));
    }

    private Answer answer(Exception e, Context ctx) {
        if (e instanceof ApiProblem) {
            ApiProblem problem = (ApiProblem) e;
            return problem.type() == ProblemType.UNAUTHORIZED
                    ? new Answer(problem.type(), problem.getMessage(), problem.errors(), Header.WWW_AUTHENTICATE, "Bearer")
                    : new Answer(problem.type(), problem.getMessage(), problem.errors(), problem.header(),
                    problem.headerValue());
        }
        if (e instanceof InvalidCommandException) {
            InvalidCommandException invalid = (InvalidCommandException) e;
            return new Answer(ProblemType.INVALID_REQUEST, invalid.getMessage(),
                    List.of(ProblemJson.FieldError.of(invalid.field(), invalid.getMessage())));
        }
        if (e instanceof NotFoundException) {
            return new Answer(ProblemType.NOT_FOUND, e.getMessage(), List.of());
        }
        if (e instanceof ConflictException) {
            ConflictException conflict = (ConflictException) e;
            return new Answer(ProblemType.CONFLICT, conflict.getMessage(),
                    List.of(ProblemJson.FieldError.of(conflict.field(), conflict.getMessage())));
        }
        if (e instanceof InvalidHoldingsFileException) {
            return invalidImport((InvalidHoldingsFileException) e);
        }
        if (e instanceof RequestBodyException) {
            return unreadableBody(((RequestBodyException) e).jsonError());
        }
        if (e instanceof HttpResponseException) {
            return javalinAnswer((HttpResponseException) e, ctx);
        }
        return unexpected(e, ctx);
    }

    private static Answer invalidImport(InvalidHoldingsFileException e) {
        List<ProblemJson.FieldError> errors = e.problems().isEmpty()
                ? List.of(new ProblemJson.FieldError(null, e.getMessage(), e.source(), null, null, null))
                : e.problems().stream().map(p -> rowError(e.source(), p)).toList();
        return new Answer(ProblemType.INVALID_IMPORT, e.getMessage(), errors);
    }

    private static ProblemJson.FieldError rowError(String file, RowProblem row) {
        return new ProblemJson.FieldError(null, row.message(), file, row.line(), row.column(), row.value());
    }

    /** Why Jackson could not read a body: malformed JSON, or JSON of the wrong shape. */
    private static Answer unreadableBody(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new Answer(ProblemType.INVALID_REQUEST, "a value in the body is too long: " + e.getOriginalMessage(),
                    List.of());
        }
        JsonProcessingException malformed = malformed(e);
        if (malformed != null) {
            JsonLocation at = malformed.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String message = firstLine(malformed.getOriginalMessage());
            return new Answer(ProblemType.MALFORMED_JSON, "malformed JSON at line " + line + ", column " + column
                    + ": " + message, List.of(new ProblemJson.FieldError(null, message, null, line,
                    String.valueOf(column), null)));
        }
        String field = path((JsonMappingException) e);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
            message = "unknown property '" + unknown.getPropertyName() + "'; known: " + unknown.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (e instanceof MismatchedInputException && field == null
                && firstLine(e.getOriginalMessage()).startsWith("No content")) {
            message = "a JSON body is required";
        } else if (e instanceof MismatchedInputException) {
            message = "must be " + Json.expected(((MismatchedInputException) e).getTargetType());
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return new Answer(ProblemType.INVALID_REQUEST, field == null ? message : field + ": " + message,
                List.of(ProblemJson.FieldError.of(field, message)));
    }

    /** The syntax error behind {@code e}, which Jackson wraps when it meets one inside a value; null for none. */
    private static JsonProcessingException malformed(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return (StreamReadException) t;
            }
        }
        return e instanceof DatabindException ? null : e;
    }

    /** "targets.BTC", "primaries.SOL.SOL", "holdings[2].amount"; null for the body as a whole. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** Javalin's own refusals: no such route (404), no such method (405), a body over the limit (413). */
    private static Answer javalinAnswer(HttpResponseException e, Context ctx) {
        ProblemType type = ProblemType.ofStatus(e.getStatus());
        switch (type) {
            case NOT_FOUND:
                return new Answer(type, "no " + ctx.method() + " " + ctx.path(), List.of());
            case METHOD_NOT_ALLOWED:
                String allowed = e.getDetails().values().stream().collect(Collectors.joining(", "));
                return new Answer(type, ctx.method() + " is not allowed on " + ctx.path()
                        + (allowed.isEmpty() ? "" : "; allowed: " + allowed), List.of(), Header.ALLOW, allowed);
            case PAYLOAD_TOO_LARGE:
                return new Answer(type, "the body is larger than this server accepts", List.of());
            case INTERNAL_ERROR:
                return unexpected(e, ctx);
            default:
                return new Answer(type, firstLine(e.getMessage()), List.of());
        }
    }

    private static Answer unexpected(Exception e, Context ctx) {
        String requestId = RequestId.of(ctx);
        LOG.atError().setCause(e).addKeyValue("request_id", requestId).addKeyValue("method", ctx.method().name())
                .addKeyValue("path", ctx.path()).log("unexpected error answering {} {} (request {})",
                        ctx.method().name(), ctx.path(), requestId);
        return new Answer(ProblemType.INTERNAL_ERROR, "the server failed to answer; quote request id " + requestId
                + " when reporting it", List.of());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
