package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes Javalin serves agree, and Swagger UI shows the document. */
class OpenApiTest {

    private static TestServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        HttpResponse<String> response = server.get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        document = TestServer.tree(response);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> documented() {
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOneRegistered() {
        List<String> registered = server.server.registeredRoutes();

        assertThat(registered).isNotEmpty().doesNotHaveDuplicates();
        assertThat(documented()).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyRouteOfTheContractIsThere() {
        assertThat(documented()).contains("GET /healthz", "GET /readyz", "POST /api/v1/imports", "GET /api/v1/portfolio",
                "GET /api/v1/snapshots", "GET /api/v1/snapshots/{id}", "GET /api/v1/history", "GET /api/v1/taxonomy",
                "PUT /api/v1/taxonomy/aliases/{symbol}", "DELETE /api/v1/taxonomy/aliases/{symbol}",
                "GET /api/v1/taxonomy/unknown", "GET /api/v1/targets", "POST /api/v1/targets", "GET /api/v1/targets/{id}",
                "PUT /api/v1/targets/{id}", "DELETE /api/v1/targets/{id}", "POST /api/v1/plans", "GET /api/v1/plans",
                "GET /api/v1/plans/{id}", "GET /api/v1/plans/{id}/csv", "DELETE /api/v1/plans/{id}",
                "GET /api/v1/settings", "PUT /api/v1/settings", "GET /api/v1/system", "GET /api/openapi.json",
                "GET /api/docs", "GET /api/v1/prices/now", "GET /api/v1/prices/sources", "GET /api/v1/prices/history",
                "POST /api/v1/prices/history", "POST /api/v1/prices/backfill", "GET /api/v1/prices/backfill/{id}",
                "GET /api/v1/risk", "GET /api/v1/stress/episodes", "POST /api/v1/stress", "POST /api/v1/backtests");
    }

    @Test
    void theRiskRoutesSayTheirParametersBodiesAnswersAndProblems() {
        JsonNode paths = document.path("paths");
        JsonNode risk = paths.path("/api/v1/risk").path("get");
        assertThat(risk.path("tags").get(0).asText()).isEqualTo("risk");
        assertThat(risk.path("parameters").findValuesAsText("name")).containsExactly("window_days", "end", "risk_free_rate");
        assertThat(risk.path("parameters").get(1).path("schema").path("format").asText()).isEqualTo("date");
        assertThat(risk.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref")
                .asText()).isEqualTo("#/components/schemas/RiskView");
        assertThat(risk.path("responses").fieldNames()).toIterable().contains("200", "400");
        assertThat(paths.path("/api/v1/stress/episodes").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/StressView.Episode");
        JsonNode stress = paths.path("/api/v1/stress").path("post");
        assertThat(stress.path("requestBody").path("required").asBoolean()).isFalse();
        assertThat(stress.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/StressRequest");
        JsonNode backtest = paths.path("/api/v1/backtests").path("post");
        assertThat(backtest.path("requestBody").path("required").asBoolean()).isTrue();
        assertThat(backtest.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/BacktestView");
        assertThat(backtest.path("responses").fieldNames()).toIterable().contains("200", "400", "413", "415");

        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("RiskView.Figures").path("properties").fieldNames()).toIterable()
                .contains("var_95_hist", "cvar_95_hist", "var_95_cornish_fisher", "periods_per_year", "beta_vs_btc", "undefined");
        assertThat(schemas.path("BacktestView.StrategyLine").path("properties").path("risk").path("$ref").asText())
                .isEqualTo("#/components/schemas/RiskView.Figures");
        assertThat(schemas.path("BacktestView.StrategyLine").path("properties").path("final_value_usd").path("type").asText())
                .isEqualTo("string");
        assertThat(schemas.path("BacktestRequest").path("properties").fieldNames()).toIterable()
                .containsExactly("targets", "coin_targets", "strategies", "from", "to", "fee_bps", "spread_bps",
                        "min_trade_usd", "starting_capital_usd");
        assertThat(schemas.path("StressView.EpisodeLine").path("properties").path("portfolio_change").path("type").asText())
                .isEqualTo("number");
    }

    @Test
    void thePriceRoutesSayTheirParametersBodiesAnswersAndProblems() {
        JsonNode paths = document.path("paths");
        JsonNode now = paths.path("/api/v1/prices/now").path("get");
        assertThat(now.path("tags").get(0).asText()).isEqualTo("prices");
        assertThat(now.path("parameters").findValuesAsText("name")).containsExactly("symbols", "source");
        assertThat(now.path("parameters").get(0).path("required").asBoolean()).isTrue();
        assertThat(now.path("parameters").get(1).path("required").asBoolean()).isFalse();
        assertThat(now.path("responses").path("200").path("content").path("application/json").path("schema").path("$ref")
                .asText()).isEqualTo("#/components/schemas/PricesReport");
        assertThat(now.path("responses").fieldNames()).toIterable().contains("200", "400");
        assertThat(paths.path("/api/v1/prices/sources").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/SourceHealth");

        JsonNode upload = paths.path("/api/v1/prices/history").path("post");
        JsonNode form = upload.path("requestBody").path("content").path("multipart/form-data").path("schema");
        assertThat(form.path("$ref").asText()).isEqualTo("#/components/schemas/HistoryUploadForm");
        assertThat(upload.path("responses").fieldNames()).toIterable().contains("200", "400", "413", "415");

        JsonNode backfill = paths.path("/api/v1/prices/backfill").path("post");
        assertThat(backfill.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/BackfillRequest");
        // a backfill may be started without a body: every field has its default
        assertThat(backfill.path("requestBody").path("required").asBoolean()).isFalse();
        assertThat(backfill.path("responses").fieldNames()).toIterable().contains("202", "400", "409");
        assertThat(paths.path("/api/v1/prices/backfill/{id}").path("get").path("responses").fieldNames()).toIterable()
                .contains("200", "400", "404");

        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("PricesReport.PriceLine").path("properties").path("usd").path("type").asText()).isEqualTo("string");
        assertThat(schemas.path("SourceHealth").path("properties").fieldNames()).toIterable()
                .containsExactly("source", "circuit", "last_success", "last_failure", "last_error", "requests");
        assertThat(schemas.path("StoredHistory").path("properties").path("first").path("format").asText()).isEqualTo("date");
        assertThat(schemas.path("HistoryUploadForm").path("properties").path("file").path("items").path("format").asText())
                .isEqualTo("binary");
        assertThat(schemas.path("HistoryImport.File").path("properties").path("skipped_rows").path("items").path("$ref")
                .asText()).isEqualTo("#/components/schemas/RowProblem");
        JsonNode job = schemas.path("BackfillJob").path("properties");
        assertThat(job.fieldNames()).toIterable().contains("id", "state", "done", "total", "coins", "first", "last", "error");
        assertThat(job.path("state").path("enum")).extracting(JsonNode::asText).containsExactly("running", "done", "failed");
        assertThat(job.path("coins").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/BackfillJob.Coin");
    }

    @Test
    void theDocumentIsOpenApi303WithEveryReferenceResolved() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.path("info").path("version").asText()).isEqualTo("0.1.0-test");
        JsonNode schemas = document.path("components").path("schemas");
        List<String> refs = document.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        });
        List<String> operationIds = document.findValuesAsText("operationId");
        assertThat(operationIds).doesNotHaveDuplicates().hasSize(documented().size());
    }

    @Test
    void schemasComeFromTheRecords() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode portfolio = schemas.path("Portfolio").path("properties");
        assertThat(portfolio.path("total_usd").path("type").asText()).isEqualTo("string");
        assertThat(portfolio.path("basis").path("$ref").asText()).isEqualTo("#/components/schemas/Portfolio.Basis");
        assertThat(portfolio.path("holdings").path("type").asText()).isEqualTo("array");
        assertThat(portfolio.path("excluded").path("additionalProperties").path("$ref").asText())
                .isEqualTo("#/components/schemas/PortfolioReport.Excluded");
        assertThat(schemas.path("Portfolio.Basis").path("properties").path("taken_at").path("format").asText())
                .isEqualTo("date-time");
        assertThat(schemas.path("Portfolio.Basis").path("properties").path("snapshot_id").path("type").asText())
                .isEqualTo("integer");
        assertThat(schemas.path("Portfolio.Basis").path("properties").path("demo").path("type").asText())
                .isEqualTo("boolean");
        JsonNode plan = schemas.path("PlanRequest").path("properties");
        assertThat(plan.path("targets").path("additionalProperties").path("type").asText()).isEqualTo("string");
        assertThat(plan.path("primaries").path("additionalProperties").path("additionalProperties").path("format").asText())
                .isEqualTo("decimal");
        assertThat(schemas.path("Problem").path("properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "errors", "request_id");
    }

    @Test
    void operationsSayTheirBodiesAnswersAndProblems() {
        JsonNode create = document.path("paths").path("/api/v1/plans").path("post");
        assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/PlanRequest");
        assertThat(create.path("requestBody").path("required").asBoolean()).isTrue();
        assertThat(create.path("responses").path("201").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/SavedPlan");
        assertThat(create.path("responses").fieldNames()).toIterable().contains("201", "400", "401", "413", "415", "500");
        assertThat(create.path("security").get(0).has("bearerAuth")).isTrue();

        JsonNode list = document.path("paths").path("/api/v1/snapshots").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        assertThat(list.path("type").asText()).isEqualTo("array");
        assertThat(list.path("items").path("$ref").asText()).isEqualTo("#/components/schemas/SnapshotSummary");

        JsonNode imports = document.path("paths").path("/api/v1/imports").path("post").path("requestBody").path("content");
        assertThat(imports.has("multipart/form-data")).isTrue();
        assertThat(imports.has("application/json")).isTrue();
        assertThat(document.path("paths").path("/api/v1/plans/{id}").path("get").path("parameters").get(0)
                .path("in").asText()).isEqualTo("path");
        assertThat(document.path("paths").path("/healthz").path("get").has("security")).isFalse();
        assertThat(document.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void swaggerUiIsServedWithoutInlineScript() {
        HttpResponse<String> page = server.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", "/api/docs/swagger-initializer.js");
        assertThat(page.body().replaceAll("<script src=\"[^\"]+\"></script>", "")).doesNotContain("<script");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self';");

        HttpResponse<String> initializer = server.get("/api/docs/swagger-initializer.js");
        assertThat(initializer.body()).contains("/api/openapi.json");
        assertThat(initializer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(server.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(server.get("/webjars/swagger-ui/5.34.1/swagger-ui.css").statusCode()).isEqualTo(200);
    }
}
