package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Target suggestions over the fake portfolio's closes: the happy paths and every client mistake a 400 naming its field. */
class SuggestRoutesTest extends ServerTest {

    private static final String SUGGEST = "/api/v1/suggestions";

    @Test
    void aMinimumVarianceSuggestionByGroupAddsUpTo100() {
        HttpResponse<String> response = server.json("POST", SUGGEST,
                "{\"method\": \"min-variance\", \"end\": \"2025-02-20\", \"window_days\": 90}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = TestServer.tree(response);
        assertThat(view.path("method").asText()).isEqualTo("min-variance");
        assertThat(view.path("level").asText()).isEqualTo("groups");
        assertThat(view.path("window_end").asText()).isEqualTo("2025-02-20");
        assertThat(view.path("observations").asInt()).isEqualTo(90);
        assertThat(view.path("expected_volatility").asDouble()).isPositive()
                .isLessThanOrEqualTo(view.path("current_volatility").asDouble() + 1e-12);
        double weights = 0;
        for (JsonNode weight : view.path("weights")) {
            weights += weight.path("weight").asDouble();
        }
        assertThat(weights).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        BigDecimal targets = BigDecimal.ZERO;
        for (JsonNode target : view.path("targets")) {
            targets = targets.add(new BigDecimal(target.asText()));
        }
        assertThat(targets).isEqualByComparingTo("100");
    }

    @Test
    void aSuggestionSavedAsAProfileIsCreated() {
        HttpResponse<String> response = server.json("POST", SUGGEST + "/profiles",
                "{\"method\": \"risk-parity\", \"end\": \"2025-02-20\", \"name\": \"parity\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(TestServer.tree(response).path("name").asText()).isEqualTo("parity");
    }

    @Test
    void mistakesAreA400NamingTheirField() {
        field(server.json("POST", SUGGEST, "{}"), "method");
        field(server.json("POST", SUGGEST, "{\"method\": \"max-return\"}"), "method");
        field(server.json("POST", SUGGEST, "{\"method\": \"min-variance\", \"level\": \"planets\"}"), "level");
        field(server.json("POST", SUGGEST, "{\"method\": \"min-variance\", \"covariance\": \"guess\"}"), "covariance");
        field(server.json("POST", SUGGEST, "{\"method\": \"min-variance\", \"window_days\": 3}"), "window_days");
        field(server.json("POST", SUGGEST + "/profiles", "{\"method\": \"min-variance\"}"), "name");
    }

    private static void field(HttpResponse<String> response, String field) {
        JsonNode problem = ProblemsTest.problem(response, 400, "invalid-request");
        assertThat(problem.path("errors").get(0).path("field").asText()).as(response.body()).isEqualTo(field);
    }
}
