package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The happy path of every route, against a real server over fake use cases. */
class RoutesTest extends ServerTest {

    @Test
    void healthAndReadiness() {
        HttpResponse<String> health = server.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(server.get("/readyz").body()).isEqualTo("{\"status\":\"ready\"}");

        server.fakes.readinessProblem = "the database does not answer";
        HttpResponse<String> notReady = server.get("/readyz");
        server.fakes.readinessProblem = null;
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(TestServer.tree(notReady).path("status").asText()).isEqualTo("unavailable");
        assertThat(TestServer.tree(notReady).path("detail").asText()).isEqualTo("the database does not answer");
    }

    @Test
    void portfolioWithItsBasisAndHoldings() {
        HttpResponse<String> response = server.get("/api/v1/portfolio?min_usd=0.5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(server.fakes.minUsdAsked).isEqualByComparingTo("0.5");
        JsonNode portfolio = TestServer.tree(response);
        assertThat(portfolio.path("basis").path("snapshot_id").asLong()).isEqualTo(7);
        assertThat(portfolio.path("basis").path("taken_at").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(portfolio.path("basis").path("demo").asBoolean()).isFalse();
        assertThat(portfolio.path("total_usd").isTextual()).isTrue();
        assertThat(portfolio.path("groups").isArray()).isTrue();
        assertThat(portfolio.path("locations").isArray()).isTrue();
        JsonNode sol = portfolio.path("holdings").get(1);
        assertThat(sol.path("symbol").asText()).isEqualTo("SOL2");
        assertThat(sol.path("name").asText()).isEqualTo("Solana");
        assertThat(sol.path("group").asText()).isEqualTo("SOL");
        assertThat(sol.path("location").asText()).isEqualTo("Kraken");
        assertThat(sol.path("quantity").asText()).isEqualTo("1.000000000000000001");
        assertThat(sol.path("usd").asText()).isEqualTo("100.00");
        assertThat(sol.path("price_source").asText()).isEqualTo("local");
        assertThat(sol.path("price_stale").asBoolean()).isFalse();
        assertThat(portfolio.path("prices").isNull()).isTrue();
        assertThat(portfolio.path("unknown_aliases").get(0).path("symbol").asText()).isEqualTo("QWXJ");
        assertThat(portfolio.path("excluded").isObject()).isTrue();
        assertThat(portfolio.path("imports").get(0).path("rows_read").asInt()).isEqualTo(2);
    }

    @Test
    void portfolioAtLivePricesSaysPerHoldingWhereAndWhenItsPriceCameFrom() {
        JsonNode portfolio = TestServer.tree(server.get("/api/v1/portfolio?pricing=auto"));

        assertThat(server.fakes.pricingAsked).isEqualTo("auto");
        JsonNode sol = portfolio.path("holdings").get(1);
        assertThat(sol.path("symbol").asText()).isEqualTo("SOL2");
        assertThat(sol.path("price_source").asText()).isEqualTo("coingecko");
        assertThat(sol.path("price_time").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(sol.path("price_stale").asBoolean()).isTrue();
        assertThat(sol.path("usd").asText()).isEqualTo("150.00");
        JsonNode prices = portfolio.path("prices");
        assertThat(prices.path("pricing").asText()).isEqualTo("auto");
        assertThat(prices.path("coins_priced").asInt()).isEqualTo(1);
        assertThat(prices.path("by_source").path("coingecko").asInt()).isEqualTo(1);
        assertThat(prices.path("stale").asInt()).isEqualTo(1);
        assertThat(prices.path("warnings").get(0).path("code").asText()).isEqualTo("stale_price");

        // each coin's price is an endpoint of its own
        JsonNode each = TestServer.tree(server.get("/api/v1/portfolio/prices?pricing=auto"));
        assertThat(each.path("prices").get(0).path("symbol").asText()).isEqualTo("SOL");
        assertThat(each.path("prices").get(0).path("usd").asText()).isEqualTo("150");
        assertThat(each.path("prices").get(0).path("source").asText()).isEqualTo("coingecko");
        assertThat(each.path("prices").get(0).path("stale").asBoolean()).isTrue();
        // without live sources (the fake's local pricing) there is no list to give: said, not invented
        ProblemsTest.problem(server.get("/api/v1/portfolio/prices"), 400, "invalid-request");
    }

    @Test
    void portfolioWithoutMinimumLeavesItToTheSetting() {
        assertThat(server.get("/api/v1/portfolio").statusCode()).isEqualTo(200);
        assertThat(server.fakes.minUsdAsked).isNull();
    }

    @Test
    void snapshotsAndHistory() {
        JsonNode list = TestServer.tree(server.get("/api/v1/snapshots"));
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).path("id").asLong()).isEqualTo(8);
        assertThat(list.get(0).path("total_usd").asText()).isEqualTo("30100.00");
        assertThat(list.get(0).path("file_name").asText()).isEqualTo("balance.csv");

        JsonNode one = TestServer.tree(server.get("/api/v1/snapshots/7"));
        assertThat(one.path("id").asLong()).isEqualTo(7);
        assertThat(one.path("report").path("format").asText()).isEqualTo("cointracking-balance-by-exchange");

        JsonNode history = TestServer.tree(server.get("/api/v1/history"));
        assertThat(history.path("groups").get(0).asText()).isEqualTo("BTC");
        assertThat(history.path("points").get(0).path("by_group").path("BTC").asText()).isEqualTo("30000.00");
    }

    @Test
    void taxonomyReadChangedAndUnknown() {
        JsonNode taxonomy = TestServer.tree(server.get("/api/v1/taxonomy"));
        assertThat(taxonomy.path("groups").get(0).asText()).isEqualTo("BTC");
        assertThat(taxonomy.path("aliases").isArray()).isTrue();
        assertThat(taxonomy.path("location_kinds").isObject()).isTrue();

        HttpResponse<String> set = server.json("PUT", "/api/v1/taxonomy/aliases/NEWCOIN", "{\"group\": \"btc\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(TestServer.tree(set).path("aliases").findValuesAsText("symbol")).contains("NEWCOIN");

        assertThat(server.delete("/api/v1/taxonomy/aliases/NEWCOIN").statusCode()).isEqualTo(200);

        JsonNode unknown = TestServer.tree(server.get("/api/v1/taxonomy/unknown"));
        assertThat(unknown.isArray()).isTrue();
    }

    @Test
    void targetProfilesLifecycle() {
        HttpResponse<String> created = server.json("POST", "/api/v1/targets",
                "{\"name\": \"lifecycle\", \"targets\": {\"BTC\": \"60\", \"ETH\": 40}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode profile = TestServer.tree(created);
        long id = profile.path("id").asLong();
        assertThat(profile.path("targets").path("BTC").asText()).isEqualTo("60");
        assertThat(profile.path("targets").path("ETH").asText()).isEqualTo("40");
        assertThat(profile.path("created_at").asText()).isEqualTo("2026-11-20T10:15:30Z");

        assertThat(TestServer.tree(server.get("/api/v1/targets/" + id)).path("name").asText()).isEqualTo("lifecycle");
        assertThat(TestServer.tree(server.get("/api/v1/targets")).findValuesAsText("name")).contains("lifecycle");

        HttpResponse<String> updated = server.json("PUT", "/api/v1/targets/" + id,
                "{\"name\": \"lifecycle 2\", \"targets\": {\"BTC\": 100}}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(TestServer.tree(updated).path("name").asText()).isEqualTo("lifecycle 2");

        HttpResponse<String> deleted = server.delete("/api/v1/targets/" + id);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(server.get("/api/v1/targets/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void planCreatedListedReadAsJsonAndCsvAndDeleted() {
        HttpResponse<String> created = server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 50, \"ETH\": \"50\"},"
                + " \"mode\": \"bands\", \"cash_usd\": \"0\", \"min_usd\": 1, \"min_trade_usd\": \"10\","
                + " \"band\": {\"width\": \"5\", \"unit\": \"relative_pct\", \"to\": \"edge\"},"
                + " \"primaries\": {\"SOL\": {\"SOL\": \"2\", \"JITOSOL\": 1}}}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = TestServer.tree(created);
        long id = plan.path("id").asLong();
        assertThat(plan.path("request").path("targets").path("BTC").asText()).isEqualTo("50");
        assertThat(plan.path("plan").path("actions").get(0).path("est_quantity").asText()).isEqualTo("0.001");
        var request = server.fakes.planRequest;
        assertThat(request.mode().code()).isEqualTo("bands");
        assertThat(request.band().width()).isEqualByComparingTo("5");
        assertThat(request.band().unit().name()).isEqualTo("RELATIVE");
        assertThat(request.band().goal().code()).isEqualTo("edge");
        assertThat(request.primaries().get("SOL")).extracting(c -> c.coin().symbol()).containsExactly("SOL", "JITOSOL");
        assertThat(request.primaries().get("SOL").get(0).weight()).isEqualByComparingTo("2");
        assertThat(request.minUsd()).isEqualByComparingTo(BigDecimal.ONE);

        JsonNode list = TestServer.tree(server.get("/api/v1/plans"));
        assertThat(list.findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(TestServer.tree(server.get("/api/v1/plans/" + id)).path("snapshot_id").asLong()).isEqualTo(7);

        HttpResponse<String> csv = server.get("/api/v1/plans/" + id + "/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"plan-" + id + ".csv\"");
        assertThat(csv.body()).startsWith("group,symbol,action,").contains("\"from, \"\"cash\"\"\"");

        assertThat(server.delete("/api/v1/plans/" + id).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/v1/plans/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPlanAskedForAgainIsTheOneSavedBeforeWith200() {
        HttpResponse<String> first = server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 60, \"ETH\": 40}}");
        HttpResponse<String> again = server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": 60, \"ETH\": 40}}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        long id = TestServer.tree(first).path("id").asLong();
        assertThat(TestServer.tree(again).path("id").asLong()).isEqualTo(id);
        assertThat(again.headers().firstValue("Location")).hasValue("/api/v1/plans/" + id);
    }

    @Test
    void planFromAProfileWithDefaults() {
        HttpResponse<String> created = server.json("POST", "/api/v1/plans", "{\"profile_id\": 2}");

        assertThat(created.statusCode()).isEqualTo(201);
        var request = server.fakes.planRequest;
        assertThat(request.profileId()).isEqualTo(2L);
        assertThat(request.targets()).isNull();
        assertThat(request.mode()).isNull();
        assertThat(request.band()).isNull();
        assertThat(request.primaries()).isNull();
    }

    @Test
    void settingsReadAndChanged() {
        JsonNode settings = TestServer.tree(server.get("/api/v1/settings"));
        assertThat(settings.path("pricing_mode").asText()).isEqualTo("local");
        assertThat(settings.path("default_min_usd").asText()).isEqualTo("1");
        assertThat(settings.path("default_profile_id").isNull()).isTrue();

        HttpResponse<String> changed = server.json("PUT", "/api/v1/settings",
                "{\"default_min_usd\": 2.50, \"default_min_trade_usd\": \"25\", \"default_profile_id\": null}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(TestServer.tree(changed).path("default_min_usd").asText()).isEqualTo("2.50");
        assertThat(server.fakes.settingsChanges).containsEntry("default_min_usd", "2.50")
                .containsEntry("default_min_trade_usd", "25").containsEntry("default_profile_id", null);
    }

    @Test
    void systemSaysWhatThisInstallationIsWithoutSecrets() {
        JsonNode system = TestServer.tree(server.get("/api/v1/system"));
        assertThat(system.path("data_dir").asText()).isEqualTo("./data");
        assertThat(system.path("database").asText()).isEqualTo("H2 (file data/rebalancer)");
        assertThat(system.path("pricing_modes").get(0).asText()).isEqualTo("local");
        assertThat(system.path("api_token").asText()).isEqualTo("not set");
        assertThat(system.path("version").asText()).isEqualTo("0.1.0-test");
    }

    @Test
    void dashboardAndWebjarsAreServed() {
        HttpResponse<String> index = server.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        HttpResponse<String> chart = server.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
    }
}
