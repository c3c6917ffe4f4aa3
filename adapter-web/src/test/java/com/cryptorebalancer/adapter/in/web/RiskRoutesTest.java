package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The happy paths of the risk, stress and backtest routes, against a real server over the fake portfolio's closes. */
class RiskRoutesTest extends ServerTest {

    @Test
    void riskOfTheCurrentPortfolioWithTheQueryAsked() {
        HttpResponse<String> response = server.get("/api/v1/risk?window_days=90&end=2025-02-20&risk_free_rate=0.04");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.riskQuery.windowDays()).isEqualTo(90);
        assertThat(server.fakes.riskQuery.end()).isEqualTo(LocalDate.parse("2025-02-20"));
        assertThat(server.fakes.riskQuery.riskFreeRate()).isEqualTo(0.04);
        JsonNode risk = TestServer.tree(response);
        assertThat(risk.path("window_start").asText()).isEqualTo("2024-11-22");
        assertThat(risk.path("window_end").asText()).isEqualTo("2025-02-20");
        assertThat(risk.path("periods_per_year").asInt()).isEqualTo(365);
        assertThat(risk.path("risk_free_rate").asDouble()).isEqualTo(0.04);
        JsonNode fixed = risk.path("fixed_weights");
        assertThat(fixed.path("method").asText()).contains("fixed");
        assertThat(fixed.path("observations").asInt()).isEqualTo(90);
        assertThat(fixed.path("var_95_hist").isNumber()).isTrue();
        assertThat(fixed.path("var_95_hist").asDouble()).isNegative();
        assertThat(fixed.path("cvar_95_hist").asDouble()).isLessThanOrEqualTo(fixed.path("var_95_hist").asDouble());
        assertThat(fixed.path("annualised_volatility").asDouble()).isPositive();
        assertThat(fixed.path("beta_vs_btc").isNumber()).isTrue();
        assertThat(fixed.path("undefined").isObject()).isTrue();
        assertThat(risk.path("buy_and_hold").path("max_drawdown").asDouble()).isBetween(-1.0, 0.0);
        JsonNode coverage = risk.path("coverage");
        assertThat(coverage.path("covered")).extracting(JsonNode::asText).contains("BTC");
        assertThat(coverage.path("without_history")).extracting(JsonNode::asText).contains("QWXJ");
        assertThat(coverage.path("value_share").asDouble()).isBetween(0.0, 1.0);
        assertThat(coverage.path("covered_usd").isTextual()).isTrue();
        assertThat(coverage.path("note").asText()).isNotBlank();
        assertThat(risk.path("curves").path("days").size()).isEqualTo(91);
        assertThat(risk.path("curves").path("buy_and_hold_drawdown").size()).isEqualTo(91);
        assertThat(risk.path("correlation").path("coins").size()).isEqualTo(risk.path("correlation").path("matrix").size());
        assertThat(risk.path("risk_contributions").path("groups").isArray()).isTrue();
        assertThat(risk.path("concentration").has("top_1_share")).isTrue();
    }

    @Test
    void riskWithoutAQueryIsAYearEndingOnTheLatestStoredClose() {
        JsonNode risk = TestServer.tree(server.get("/api/v1/risk"));

        assertThat(server.fakes.riskQuery.windowDays()).isEqualTo(365);
        assertThat(server.fakes.riskQuery.end()).isNull();
        assertThat(server.fakes.riskQuery.riskFreeRate()).isZero();
        assertThat(risk.path("window_end").asText()).isEqualTo("2025-02-20");
    }

    @Test
    void theEpisodesAreListedOldestFirst() {
        JsonNode episodes = TestServer.tree(server.get("/api/v1/stress/episodes"));

        assertThat(episodes).extracting(e -> e.path("id").asText())
                .containsExactly("bear-2018", "covid-2020", "may-2021", "terra-2022", "ftx-2022");
        assertThat(episodes.get(4).path("start").asText()).isEqualTo("2022-11-05");
        assertThat(episodes.get(4).path("end").asText()).isEqualTo("2022-11-21");
        assertThat(episodes.get(4).path("name").asText()).isNotBlank();
        assertThat(episodes.get(4).path("why").asText()).isNotBlank();
    }

    @Test
    void stressReplaysTheEpisodesAskedAndAppliesTheShocks() {
        HttpResponse<String> response = server.json("POST", "/api/v1/stress", "{\"episodes\": [\"ftx-2022\", \"bear-2018\"],"
                + " \"shocks\": [\"BTC=-30%\", \"coin:QWXJ=-10%\"], \"min_usd\": \"1\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.stressCommand.shocks()).containsExactly("BTC=-30%", "coin:QWXJ=-10%");
        assertThat(server.fakes.stressCommand.minUsd()).isEqualByComparingTo("1");
        JsonNode stress = TestServer.tree(response);
        assertThat(stress.path("basis").path("snapshot_id").asLong()).isEqualTo(7);
        assertThat(stress.path("total_value_usd").isTextual()).isTrue();
        JsonNode ftx = stress.path("episodes").get(0);
        assertThat(ftx.path("id").asText()).isEqualTo("ftx-2022");
        // only BTC has closes on both days: its own move, -25.8 %, over the share of value BTC holds
        assertThat(ftx.path("portfolio_change").asDouble()).isBetween(-0.26, -0.25);
        assertThat(ftx.path("covered_share").asDouble()).isBetween(0.0, 1.0);
        assertThat(ftx.path("groups").get(0).path("group").asText()).isEqualTo("BTC");
        assertThat(ftx.path("without_history")).extracting(JsonNode::asText).contains("QWXJ");
        assertThat(ftx.path("note").asText()).startsWith("covers ");
        JsonNode bear = stress.path("episodes").get(1);
        assertThat(bear.path("portfolio_change").isNull()).isTrue();
        assertThat(bear.path("note").asText()).startsWith("no coin held");
        JsonNode shocks = stress.path("shocks");
        assertThat(shocks.path("shocks").get(0).path("target").asText()).isEqualTo("BTC");
        assertThat(shocks.path("shocks").get(0).path("change").asDouble()).isEqualTo(-0.3);
        // 30000 USD of BTC at -30 %, 5 USD of QWXJ at -10 %
        assertThat(shocks.path("change_usd").asText()).isEqualTo("-9000.50");
        assertThat(shocks.path("groups").get(0).path("group").asText()).isEqualTo("BTC");
        assertThat(shocks.path("groups").get(0).path("change_usd").asText()).isEqualTo("-9000.00");
        assertThat(shocks.path("unmatched").size()).isZero();
    }

    @Test
    void stressWithoutABodyReplaysEveryEpisodeAndNoShock() {
        HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/stress"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stress = TestServer.tree(response);
        assertThat(stress.path("episodes").size()).isEqualTo(5);
        assertThat(stress.path("shocks").isNull()).isTrue();
        assertThat(server.fakes.stressCommand.minUsd()).isNull();
    }

    @Test
    void backtestsCompareTheStrategiesAskedWithTheirCurvesCostsAndRisk() {
        HttpResponse<String> response = server.json("POST", "/api/v1/backtests", "{\"targets\": {\"BTC\": \"60\", \"SOL\": 40},"
                + " \"strategies\": [\"buy-and-hold\", \"monthly\", \"bands:5pp\", \"monthly+bands:5pp\"],"
                + " \"from\": \"2024-06-01\", \"to\": \"2025-01-31\", \"fee_bps\": \"10\", \"spread_bps\": 5,"
                + " \"min_trade_usd\": \"10\", \"starting_capital_usd\": \"20000\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.backtestCommand.from()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(server.fakes.backtestCommand.feeBps()).isEqualByComparingTo("10");
        JsonNode backtest = TestServer.tree(response);
        assertThat(backtest.path("first").asText()).isEqualTo("2024-06-01");
        assertThat(backtest.path("last").asText()).isEqualTo("2025-01-31");
        assertThat(backtest.path("setup").path("starting_capital_usd").asText()).isEqualTo("20000.00");
        assertThat(backtest.path("setup").path("fee_bps").asText()).isEqualTo("10");
        assertThat(backtest.path("targets")).extracting(t -> t.path("coin").asText()).contains("BTC");
        JsonNode strategies = backtest.path("strategies");
        assertThat(strategies).extracting(s -> s.path("strategy").asText())
                .containsExactly("buy-and-hold", "monthly", "bands:5pp", "monthly+bands:5pp");
        JsonNode monthly = strategies.get(1);
        assertThat(monthly.path("equity").path("days").size()).isEqualTo(245);
        assertThat(monthly.path("equity").path("values").size()).isEqualTo(245);
        assertThat(monthly.path("final_value_usd").asText()).matches("\\d+\\.\\d{2}");
        assertThat(monthly.path("total_return").isNumber()).isTrue();
        assertThat(monthly.path("turnover").asDouble()).isPositive();
        assertThat(monthly.path("trades").asInt()).isGreaterThan(2);
        assertThat(monthly.path("fees_paid_usd").asText()).matches("\\d+\\.\\d{2}");
        assertThat(monthly.path("spread_cost_usd").isTextual()).isTrue();
        JsonNode risk = monthly.path("risk");
        assertThat(risk.path("observations").asInt()).isEqualTo(244);
        assertThat(risk.path("var_95_hist").asDouble()).isNegative();
        assertThat(risk.path("sharpe").isNumber()).isTrue();
        assertThat(risk.path("max_drawdown_peak").isTextual()).isTrue();
        assertThat(risk.path("beta_vs_btc").isNumber()).as("BTC is one of the coins").isTrue();
    }

    @Test
    void backtestsByCoinWithoutBtcSayBetaNeedsIt() {
        HttpResponse<String> response = server.json("POST", "/api/v1/backtests",
                "{\"coin_targets\": {\"SOL\": 100}, \"strategies\": [\"buy-and-hold\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode risk = TestServer.tree(response).path("strategies").get(0).path("risk");
        assertThat(risk.path("beta_vs_btc").isNull()).isTrue();
        assertThat(risk.path("undefined").path("beta_vs_btc").asText()).startsWith("beta needs BTC in the backtest");
    }
}
