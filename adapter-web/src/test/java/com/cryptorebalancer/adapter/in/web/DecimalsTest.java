package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Numbers in requests are read exactly, as JSON numbers or strings, and come back as the same strings. */
class DecimalsTest extends ServerTest {

    private static final String TINY = "0.000000000000000001";
    @Test
    void aTinyTargetAsAStringSurvivesTheRoundTrip() {
        HttpResponse<String> response = server.json("POST", "/api/v1/targets",
                "{\"name\": \"tiny string\", \"targets\": {\"BTC\": \"" + TINY + "\"}}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(server.fakes.targetsGiven.get("BTC")).isEqualTo(new BigDecimal(TINY));
        assertThat(TestServer.tree(response).path("targets").path("BTC").asText()).isEqualTo(TINY);
    }

    @Test
    void aTinyTargetAsAJsonNumberSurvivesTheRoundTrip() {
        HttpResponse<String> response = server.json("POST", "/api/v1/targets",
                "{\"name\": \"tiny number\", \"targets\": {\"BTC\": " + TINY + ", \"ETH\": 99.999999999999999999}}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(server.fakes.targetsGiven.get("BTC")).isEqualTo(new BigDecimal(TINY));
        assertThat(server.fakes.targetsGiven.get("ETH")).isEqualTo(new BigDecimal("99.999999999999999999"));
        JsonNode targets = TestServer.tree(response).path("targets");
        assertThat(targets.path("BTC").asText()).isEqualTo(TINY);
        assertThat(targets.path("ETH").asText()).isEqualTo("99.999999999999999999");
    }

    @Test
    void planNumbersAreReadExactly() {
        HttpResponse<String> response = server.json("POST", "/api/v1/plans", "{\"targets\": {\"BTC\": " + TINY
                + "}, \"cash_usd\": 0.1, \"min_trade_usd\": \"1e1\", \"primaries\": {\"SOL\": {\"SOL\": 0.3333333333}}}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(server.fakes.planRequest.targets().get("BTC")).isEqualTo(new BigDecimal(TINY));
        assertThat(server.fakes.planRequest.cashUsd()).isEqualTo(new BigDecimal("0.1"));
        assertThat(server.fakes.planRequest.minTradeUsd()).isEqualByComparingTo("10");
        assertThat(server.fakes.planRequest.primaries().get("SOL").get(0).weight())
                .isEqualByComparingTo("0.3333333333");
        assertThat(TestServer.tree(response).path("request").path("targets").path("BTC").asText()).isEqualTo(TINY);
    }

    @Test
    void aHugeExponentIsPassedOnWithoutBeingExpanded() {
        HttpResponse<String> response = server.json("PUT", "/api/v1/settings", "{\"default_min_trade_usd\": 1e999999}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.fakes.settingsChanges.get("default_min_trade_usd")).isEqualTo("1E+999999");
    }
}
