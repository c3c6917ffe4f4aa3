package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0.3 document of the routes, built once from the route registry: paths and operations
 * from the routes, schemas from the records they read and write.
 */
final class OpenApiDocument {

    static final String SECURED_PREFIX = "/api/v1/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROBLEM_REF = "#/components/schemas/" + Schemas.componentName(ProblemJson.class);

    private OpenApiDocument() {
    }

    static ObjectNode of(List<Route> routes, String version) {
        Schemas schemas = new Schemas();
        schemas.of(ProblemJson.class);
        ObjectNode document = NODES.objectNode().put("openapi", "3.0.3");
        document.putObject("info").put("title", "Crypto Rebalancer API").put("version", version)
                .put("description", "Amounts, percentages, quantities and prices are strings; errors are "
                        + "application/problem+json. When the server has an API token, every /api/v1 request needs "
                        + "Authorization: Bearer <token>.");
        Set<String> tags = new LinkedHashSet<>();
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Route route : routes) {
            tags.add(route.tag());
            paths.computeIfAbsent(route.path(), p -> NODES.objectNode())
                    .set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        ArrayNode tagList = document.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode components = document.putObject("components");
        components.set("schemas", schemas.components());
        components.putObject("securitySchemes").putObject("bearerAuth").put("type", "http").put("scheme", "bearer")
                .put("description", "needed only when the server is started with an API token");
        return document;
    }

    private static ObjectNode operation(Route route, Schemas schemas) {
        ObjectNode operation = NODES.objectNode();
        operation.putArray("tags").add(route.tag());
        operation.put("summary", route.summary());
        operation.put("operationId", operationId(route));
        if (!route.params().isEmpty()) {
            ArrayNode parameters = operation.putArray("parameters");
            for (Route.Param param : route.params()) {
                parameters.addObject().put("name", param.name()).put("in", param.inPath() ? "path" : "query")
                        .put("required", param.required()).put("description", param.description())
                        .set("schema", schemas.of(param.type()));
            }
        }
        if (!route.bodies().isEmpty()) {
            ObjectNode body = operation.putObject("requestBody").put("required", route.bodyRequired());
            ObjectNode content = body.putObject("content");
            for (Route.Body each : route.bodies()) {
                ObjectNode media = content.putObject(each.mediaType());
                media.set("schema", schemas.of(each.type()));
                if (each.description() != null) {
                    body.put("description", each.description());
                }
            }
        }
        operation.set("responses", responses(route, schemas));
        if (route.path().startsWith(SECURED_PREFIX)) {
            operation.putArray("security").addObject().putArray("bearerAuth");
        }
        return operation;
    }

    private static ObjectNode responses(Route route, Schemas schemas) {
        ObjectNode responses = NODES.objectNode();
        Route.Response ok = route.response();
        ObjectNode success = responses.putObject(String.valueOf(ok.status()))
                .put("description", description(ok.status()));
        if (ok.type() != null) {
            ObjectNode schema = schemas.of(ok.type());
            if (ok.list()) {
                schema = NODES.objectNode().put("type", "array").set("items", schema);
            }
            success.putObject("content").putObject(ok.mediaType()).set("schema", schema);
        }
        Map<Integer, List<String>> problems = new TreeMap<>();
        List<ProblemType> errors = new ArrayList<>(route.errors());
        if (route.path().startsWith(SECURED_PREFIX)) {
            errors.add(ProblemType.UNAUTHORIZED);
        }
        errors.add(ProblemType.INTERNAL_ERROR);
        for (ProblemType type : errors) {
            problems.computeIfAbsent(type.status(), s -> new ArrayList<>()).add(type.uri());
        }
        problems.forEach((status, types) -> responses.putObject(String.valueOf(status))
                .put("description", String.join(" or ", types))
                .putObject("content").putObject(ProblemType.MEDIA_TYPE).putObject("schema").put("$ref", PROBLEM_REF));
        return responses;
    }

    private static String description(int status) {
        switch (status) {
            case 201:
                return "created";
            case 202:
                return "accepted: started, to be followed at Location";
            case 204:
                return "done; no content";
            default:
                return "OK";
        }
    }

    /** "GET /api/v1/plans/{id}/csv" → "getApiV1PlansIdCsv". */
    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().split("[/{}.-]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
