package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One route: what Javalin calls, and what the OpenAPI document says about it.
 *
 * @param bodies   the request bodies it accepts, by media type; empty for none
 * @param bodyRequired whether a request must have one of those bodies (false: it may come without)
 * @param response its answer when all goes well
 * @param errors   the problems it can answer with besides 401 (on a secured path) and 500, which every route has
 */
record Route(HandlerType method, String path, Handler handler, String summary, String tag, List<Param> params,
             List<Body> bodies, boolean bodyRequired, Response response, List<ProblemType> errors) {

    /** A path or query parameter; a path parameter is always required. */
    record Param(String name, boolean inPath, boolean required, Class<?> type, String description) {
    }

    /** A request body of one media type. */
    record Body(String mediaType, Class<?> type, String description) {
    }

    /**
     * The answer of a route that succeeds.
     *
     * @param type null for no body; with {@code list}, the type of the elements of a JSON array
     */
    record Response(int status, String mediaType, Class<?> type, boolean list) {
    }

    Route {
        Objects.requireNonNull(summary, () -> method + " " + path + " needs a summary");
        Objects.requireNonNull(tag, () -> method + " " + path + " needs a tag");
        Objects.requireNonNull(response, () -> method + " " + path + " needs its response");
        params = List.copyOf(params);
        bodies = List.copyOf(bodies);
        errors = List.copyOf(errors);
    }

    /** Describes a route as it is registered; {@link RouteRegistry} turns it into a {@link Route}. */
    static final class Builder {

        private final HandlerType method;
        private final String path;
        private final Handler handler;
        private String summary;
        private String tag;
        private final List<Param> params = new ArrayList<>();
        private final List<Body> bodies = new ArrayList<>();
        private boolean bodyRequired = true;
        private Response response;
        private final List<ProblemType> errors = new ArrayList<>();

        Builder(HandlerType method, String path, Handler handler) {
            this.method = method;
            this.path = path;
            this.handler = handler;
        }

        Builder summary(String tagName, String text) {
            this.tag = tagName;
            this.summary = text;
            return this;
        }

        Builder pathParam(String name, Class<?> type, String description) {
            params.add(new Param(name, true, true, type, description));
            return this;
        }

        Builder query(String name, Class<?> type, String description) {
            params.add(new Param(name, false, false, type, description));
            return this;
        }

        /** A query parameter the route cannot do without: its absence is a 400. */
        Builder requiredQuery(String name, Class<?> type, String description) {
            params.add(new Param(name, false, true, type, description));
            return this;
        }

        /** A JSON body of {@code type}: malformed JSON and a body of the wrong shape are answered 400, a body declared as anything else 415. */
        Builder jsonBody(Class<?> type) {
            return body(Json.MEDIA_TYPE, type, null);
        }

        /** A JSON body of {@code type} that a request may leave out (every field then takes its default). */
        Builder optionalJsonBody(Class<?> type) {
            bodyRequired = false;
            return jsonBody(type);
        }

        Builder body(String mediaType, Class<?> type, String description) {
            bodies.add(new Body(mediaType, type, description));
            if (errors.isEmpty()) {
                errors.addAll(List.of(ProblemType.MALFORMED_JSON, ProblemType.PAYLOAD_TOO_LARGE,
                        ProblemType.UNSUPPORTED_MEDIA_TYPE));
            }
            return this;
        }

        Builder returns(int status, Class<?> type) {
            return answer(new Response(status, Json.MEDIA_TYPE, type, false));
        }

        Builder returnsList(Class<?> elementType) {
            return answer(new Response(200, Json.MEDIA_TYPE, elementType, true));
        }

        Builder returnsText(String mediaType) {
            return answer(new Response(200, mediaType, String.class, false));
        }

        Builder returnsNothing() {
            return answer(new Response(204, null, null, false));
        }

        private Builder answer(Response answer) {
            this.response = answer;
            return this;
        }

        Builder errors(ProblemType... types) {
            for (ProblemType type : types) {
                if (!errors.contains(type)) {
                    errors.add(type);
                }
            }
            return this;
        }

        Route build() {
            return new Route(method, path, handler, summary, tag, params, bodies, bodyRequired, response, errors);
        }
    }
}
