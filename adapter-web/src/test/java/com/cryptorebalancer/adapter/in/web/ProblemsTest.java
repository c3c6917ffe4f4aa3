package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every kind of problem answers application/problem+json as docs/api.md says, with the request id. */
class ProblemsTest extends ServerTest {

    /** The problem in a response, after checking what every problem has. */
    static JsonNode problem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = TestServer.tree(response);
        assertThat(problem.path("type").asText()).isEqualTo("https://cryptorebalancer.dev/problems/" + slug);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("errors").isArray()).isTrue();
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(problem.path("request_id").asText()).isEqualTo(requestId);
        return problem;
    }

    @Test
    void malformedJsonSaysWhere() {
        JsonNode problem = problem(server.json("POST", "/api/v1/targets", "{\"name\": \"x\",\n \"targets\": {\"BTC\": }}"),
                400, "malformed-json");

        assertThat(problem.path("detail").asText()).contains("line 2");
        assertThat(problem.path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("errors").get(0).path("column").asText()).isNotBlank();
    }

    @Test
    void duplicateKeysAreMalformed() {
        problem(server.json("PUT", "/api/v1/taxonomy/aliases/X", "{\"group\": \"BTC\", \"group\": \"ETH\"}"),
                400, "malformed-json");
    }

    @Test
    void aTargetOfTrueIsTheWrongType() {
        JsonNode problem = problem(server.json("POST", "/api/v1/targets", "{\"name\": \"x\", \"targets\": {\"BTC\": true}}"),
                400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("targets.BTC");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("decimal number");
    }

    @Test
    void anObjectWhereTextIsExpectedIsTheWrongType() {
        JsonNode problem = problem(server.json("POST", "/api/v1/targets", "{\"name\": {\"a\": 1}, \"targets\": {}}"),
                400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("must be a string");
    }

    @Test
    void aNumberWhereTextIsExpectedIsTheWrongType() {
        JsonNode problem = problem(server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 100}, \"mode\": 1}"),
                400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("mode");
    }

    @Test
    void aFractionalProfileIdIsTheWrongType() {
        problem(server.json("POST", "/api/v1/plans", "{\"profile_id\": 2.5}"), 400, "invalid-request");
    }

    @Test
    void unknownPropertiesAreNamed() {
        JsonNode problem = problem(server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 100}, \"cash\": \"5\"}"),
                400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("cash");
        assertThat(problem.path("detail").asText()).contains("unknown property 'cash'").contains("cash_usd");
    }

    @Test
    void unknownNestedPropertiesAreNamedWithTheirPath() {
        JsonNode problem = problem(server.json("POST", "/api/v1/plans",
                "{\"targets\": {\"BTC\": 100}, \"mode\": \"bands\", \"band\": {\"width\": 5, \"size\": 3}}"), 400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("band.size");
    }

    @Test
    void unknownSettingsAreNamed() {
        JsonNode problem = problem(server.json("PUT", "/api/v1/settings", "{\"theme\": \"dark\"}"), 400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("theme");
    }

    @Test
    void aMissingBodyIsInvalid() {
        problem(server.json("POST", "/api/v1/plans", ""), 400, "invalid-request");
        problem(server.json("POST", "/api/v1/plans", "null"), 400, "invalid-request");
        problem(server.json("POST", "/api/v1/plans", "[1]"), 400, "invalid-request");
    }

    @Test
    void aRequiredFieldMissingIsNamed() {
        JsonNode problem = problem(server.json("PUT", "/api/v1/taxonomy/aliases/X", "{}"), 400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("group");
    }

    @Test
    void anUnknownModeOrBandIsInvalid() {
        JsonNode mode = problem(server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 100}, \"mode\": \"yolo\"}"),
                400, "invalid-request");
        assertThat(mode.path("errors").get(0).path("field").asText()).isEqualTo("mode");

        JsonNode unit = problem(server.json("POST", "/api/v1/plans",
                "{\"targets\": {\"BTC\": 100}, \"mode\": \"bands\", \"band\": {\"width\": 5, \"unit\": \"bp\"}}"), 400, "invalid-request");
        assertThat(unit.path("errors").get(0).path("field").asText()).isEqualTo("band.unit");

        JsonNode width = problem(server.json("POST", "/api/v1/plans",
                "{\"targets\": {\"BTC\": 100}, \"mode\": \"bands\", \"band\": {\"width\": -5}}"), 400, "invalid-request");
        assertThat(width.path("errors").get(0).path("field").asText()).isEqualTo("band.width");
    }

    @Test
    void anUnknownGroupFromTheUseCaseIsAnInvalidRequest() {
        JsonNode problem = problem(server.json("POST", "/api/v1/plans", "{\"targets\": {\"Memes\": 100}}"),
                400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("targets.Memes");
        assertThat(problem.path("detail").asText()).isEqualTo("unknown group 'Memes'");
    }

    @Test
    void badParametersAreInvalid() {
        JsonNode id = problem(server.get("/api/v1/plans/abc"), 400, "invalid-request");
        assertThat(id.path("errors").get(0).path("field").asText()).isEqualTo("id");
        problem(server.get("/api/v1/snapshots/-1"), 400, "invalid-request");
        JsonNode minUsd = problem(server.get("/api/v1/portfolio?min_usd=lots"), 400, "invalid-request");
        assertThat(minUsd.path("errors").get(0).path("field").asText()).isEqualTo("min_usd");
        JsonNode lenient = problem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/imports?lenient=maybe"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]"))), 400, "invalid-request");
        assertThat(lenient.path("errors").get(0).path("field").asText()).isEqualTo("lenient");
    }

    @Test
    void notFound() {
        JsonNode problem = problem(server.get("/api/v1/snapshots/99"), 404, "not-found");

        assertThat(problem.path("detail").asText()).isEqualTo("no snapshot 99");
    }

    @Test
    void unknownPathUnderApiIsNotFound() {
        problem(server.get("/api/v1/nothing-here"), 404, "not-found");
        problem(server.get("/api/v2/portfolio"), 404, "not-found");
    }

    @Test
    void conflict() {
        server.json("POST", "/api/v1/targets", "{\"name\": \"twice\", \"targets\": {\"BTC\": 100}}");

        JsonNode problem = problem(server.json("POST", "/api/v1/targets", "{\"name\": \"twice\", \"targets\": {\"BTC\": 100}}"),
                409, "conflict");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("name");
    }

    @Test
    void wrongMethodOnAKnownPath() {
        HttpResponse<String> response = server.json("PATCH", "/api/v1/portfolio", "{}");

        problem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET");
    }

    @Test
    void aJsonRouteRefusesOtherMediaTypes() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")));

        problem(response, 415, "unsupported-media-type");
    }

    @Test
    void anUnexpectedFailureIsA500WithTheRequestIdAndNoStackTrace() {
        server.fakes.failure = new IllegalStateException("secret internals at com.example.Foo");
        HttpResponse<String> response;
        try {
            response = server.get("/api/v1/portfolio");
        } finally {
            server.fakes.failure = null;
        }

        JsonNode problem = problem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("Exception").doesNotContain("at com.");
        assertThat(problem.path("detail").asText()).contains(problem.path("request_id").asText());
        assertThat(problem.path("errors").size()).isZero();
    }

    @Test
    void aSafeIncomingRequestIdIsKeptAndAnUnsafeOneReplaced() {
        HttpResponse<String> kept = server.get("/api/v1/snapshots/99", "X-Request-Id", "abc-123");
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(TestServer.tree(kept).path("request_id").asText()).isEqualTo("abc-123");

        HttpResponse<String> replaced = server.get("/healthz", "X-Request-Id", "<script>alert(1)</script>");
        assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow()).doesNotContain("<").isNotBlank();
    }
}
