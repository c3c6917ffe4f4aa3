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

    /** The field the first error of a 400 names, after checking the problem. */
    private static String invalidField(HttpResponse<String> response) {
        return problem(response, 400, "invalid-request").path("errors").get(0).path("field").asText();
    }

    @Test
    void riskQueriesOutOfRangeOrUnreadableNameTheirParameter() {
        assertThat(invalidField(server.get("/api/v1/risk?window_days=abc"))).isEqualTo("window_days");
        assertThat(invalidField(server.get("/api/v1/risk?window_days=99999999999"))).isEqualTo("window_days");
        JsonNode tooShort = problem(server.get("/api/v1/risk?window_days=1"), 400, "invalid-request");
        assertThat(tooShort.path("detail").asText()).isEqualTo("window_days must be 2 to 3650, was 1");
        assertThat(invalidField(server.get("/api/v1/risk?window_days=3651"))).isEqualTo("window_days");
        assertThat(invalidField(server.get("/api/v1/risk?end=2025-13-01"))).isEqualTo("end");
        assertThat(invalidField(server.get("/api/v1/risk?end=2025-02-30"))).isEqualTo("end");
        assertThat(invalidField(server.get("/api/v1/risk?end=%2B999999999-12-31"))).isEqualTo("end");
        assertThat(invalidField(server.get("/api/v1/risk?end=1969-12-31"))).isEqualTo("end");
        assertThat(invalidField(server.get("/api/v1/risk?end=yesterday"))).isEqualTo("end");
        JsonNode percent = problem(server.get("/api/v1/risk?risk_free_rate=4"), 400, "invalid-request");
        assertThat(percent.path("errors").get(0).path("field").asText()).isEqualTo("risk_free_rate");
        assertThat(percent.path("detail").asText()).contains("0.04 for 4 %");
        assertThat(invalidField(server.get("/api/v1/risk?risk_free_rate=NaN"))).isEqualTo("risk_free_rate");
        assertThat(invalidField(server.get("/api/v1/risk?risk_free_rate=1e999999"))).isEqualTo("risk_free_rate");
        assertThat(invalidField(server.get("/api/v1/risk?risk_free_rate=-1"))).isEqualTo("risk_free_rate");
    }

    @Test
    void stressRequestsNameTheEpisodeOrShockAtFault() {
        JsonNode episode = problem(server.json("POST", "/api/v1/stress", "{\"episodes\": [\"crash-2030\"]}"), 400,
                "invalid-request");
        assertThat(episode.path("errors").get(0).path("field").asText()).isEqualTo("episodes");
        assertThat(episode.path("detail").asText()).contains("crash-2030").contains("ftx-2022");
        JsonNode shock = problem(server.json("POST", "/api/v1/stress", "{\"shocks\": [\"BTC minus 30\"]}"), 400,
                "invalid-request");
        assertThat(shock.path("errors").get(0).path("field").asText()).isEqualTo("shocks");
        assertThat(shock.path("detail").asText()).contains("BTC minus 30");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"shocks\": [\"BTC=-30%\", \"btc=-20%\"]}")))
                .isEqualTo("shocks");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"shocks\": [\"BTC=-130%\"]}"))).isEqualTo("shocks");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"shocks\": [\"coin:=-10%\"]}"))).isEqualTo("shocks");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"min_usd\": \"-1\"}"))).isEqualTo("min_usd");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"episodes\": \"ftx-2022\"}"))).isEqualTo("episodes");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"episodes\": [null]}"))).startsWith("episodes");
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"shock\": [\"BTC=-30%\"]}"))).isEqualTo("shock");
        String many = "[" + "\"BTC=-1%\",".repeat(StressRequestJson.MAX_ITEMS) + "\"ETH=-1%\"]";
        assertThat(invalidField(server.json("POST", "/api/v1/stress", "{\"shocks\": " + many + "}"))).isEqualTo("shocks");
        problem(server.json("POST", "/api/v1/stress", "null"), 400, "invalid-request");
        problem(server.json("POST", "/api/v1/stress", "{\"episodes\": ["), 400, "malformed-json");
        problem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/stress")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "unsupported-media-type");
    }

    @Test
    void backtestRequestsNameTheTargetsStrategyDayOrCostAtFault() {
        String backtests = "/api/v1/backtests";
        assertThat(invalidField(server.json("POST", backtests, "{}"))).isEqualTo("targets");
        assertThat(invalidField(server.json("POST", backtests, "{\"targets\": {\"BTC\": 100}, \"coin_targets\": {\"BTC\": 100}}")))
                .isEqualTo("targets");
        JsonNode sum = problem(server.json("POST", backtests, "{\"targets\": {\"BTC\": 60, \"SOL\": 30}}"), 400, "invalid-request");
        assertThat(sum.path("detail").asText()).contains("90");
        JsonNode noHistory = problem(server.json("POST", backtests, "{\"targets\": {\"BTC\": 50, \"Others\": 50}}"), 400,
                "invalid-request");
        assertThat(noHistory.path("detail").asText()).contains("Others").contains("QWXJ");
        assertThat(invalidField(server.json("POST", backtests, "{\"targets\": {\"Memes\": 100}}"))).isEqualTo("targets");
        JsonNode coin = problem(server.json("POST", backtests, "{\"coin_targets\": {\"BTC\": 50, \"XYZ\": 50}}"), 400,
                "invalid-request");
        assertThat(coin.path("errors").get(0).path("field").asText()).isEqualTo("coin_targets");
        assertThat(coin.path("detail").asText()).contains("XYZ");
        assertThat(invalidField(server.json("POST", backtests, "{\"coin_targets\": {\"B@D\": 100}}"))).isEqualTo("coin_targets");
        String btc = "{\"coin_targets\": {\"BTC\": 100}, ";
        JsonNode strategy = problem(server.json("POST", backtests, btc + "\"strategies\": [\"yearly\"]}"), 400, "invalid-request");
        assertThat(strategy.path("errors").get(0).path("field").asText()).isEqualTo("strategies");
        assertThat(strategy.path("detail").asText()).contains("yearly").contains("<period>+bands:<X>pp");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"strategies\": [\"monthly\", \"Monthly\"]}")))
                .isEqualTo("strategies");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"strategies\": [\"bands:5\"]}"))).isEqualTo("strategies");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"strategies\": [\"bands:NaNpp\"]}"))).isEqualTo("strategies");
        String many = "[" + "\"monthly\",".repeat(BacktestRequestJson.MAX_STRATEGIES) + "\"weekly\"]";
        assertThat(invalidField(server.json("POST", backtests, btc + "\"strategies\": " + many + "}"))).isEqualTo("strategies");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"from\": \"2025-02-30\"}"))).isEqualTo("from");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"to\": 20250220}"))).isEqualTo("to");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"from\": \"2025-01-01\", \"to\": \"2024-01-01\"}")))
                .isEqualTo("from");
        JsonNode oneDay = problem(server.json("POST", backtests, btc + "\"from\": \"2025-02-20\", \"to\": \"2025-02-20\"}"),
                400, "invalid-request");
        assertThat(oneDay.path("errors").get(0).path("field").asText()).isEqualTo("from");
        assertThat(oneDay.path("detail").asText()).contains("at least 2 days");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"fee_bps\": 10000}"))).isEqualTo("fee_bps");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"spread_bps\": -1}"))).isEqualTo("spread_bps");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"min_trade_usd\": \"lots\"}"))).isEqualTo("min_trade_usd");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"starting_capital_usd\": 0}")))
                .isEqualTo("starting_capital_usd");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"starting_capital_usd\": \"1e999999999\"}")))
                .isEqualTo("starting_capital_usd");
        assertThat(invalidField(server.json("POST", backtests, btc + "\"capital\": 5}"))).isEqualTo("capital");
        problem(server.json("POST", backtests, ""), 400, "invalid-request");
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
