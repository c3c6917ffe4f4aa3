package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GET /api/v1/prices/now, /prices/sources and /prices/history: what they answer, and the requests they refuse. */
class PricesTest extends ServerTest {

    @Test
    void pricesNowWithSourceTimeAndStalenessAmountsAsStrings() {
        HttpResponse<String> response = server.get("/api/v1/prices/now?symbols=BTC,eth,QWXJ");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.prices.coinsPriced).extracting(coin -> coin.symbol()).containsExactly("BTC", "ETH", "QWXJ");
        assertThat(server.fakes.prices.sourceAsked).isNull();
        JsonNode report = TestServer.tree(response);
        assertThat(report.path("pricing").asText()).isEqualTo("auto");
        JsonNode btc = report.path("prices").get(0);
        assertThat(btc.path("symbol").asText()).isEqualTo("BTC");
        assertThat(btc.path("usd").isTextual()).isTrue();
        assertThat(btc.path("usd").asText()).isEqualTo("65000.12");
        assertThat(btc.path("source").asText()).isEqualTo("coingecko");
        assertThat(btc.path("as_of").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(btc.path("stale").asBoolean()).isFalse();
        assertThat(report.path("prices").get(1).path("stale").asBoolean()).isTrue();
        assertThat(report.path("unpriced").get(0).asText()).isEqualTo("QWXJ");
        assertThat(report.path("warnings").get(0).path("code").asText()).isEqualTo("no_live_price");
    }

    @Test
    void oneSourceCanBeAskedAndSymbolsGivenTwiceAreAllPriced() {
        HttpResponse<String> response = server.get("/api/v1/prices/now?symbols=BTC&symbols=ETH&source=binance");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.prices.sourceAsked).isEqualTo("binance");
        assertThat(server.fakes.prices.coinsPriced).extracting(coin -> coin.symbol()).containsExactly("BTC", "ETH");
    }

    @Test
    void missingEmptyOrInvalidSymbolsAreA400NamingThem() {
        for (String query : new String[] {"", "?symbols=", "?symbols=BTC,,ETH", "?symbols=BTC,", "?symbols=%20",
                "?symbols=" + "X".repeat(41), "?symbols=BT%01C"}) {
            JsonNode problem = ProblemsTest.problem(server.get("/api/v1/prices/now" + query), 400, "invalid-request");
            assertThat(problem.path("errors").get(0).path("field").asText()).as(query).isEqualTo("symbols");
        }
    }

    @Test
    void tooManySymbolsAreRefused() {
        StringBuilder symbols = new StringBuilder("C0");
        for (int i = 1; i <= PriceEndpoints.MAX_SYMBOLS; i++) {
            symbols.append(",C").append(i);
        }
        JsonNode problem = ProblemsTest.problem(server.get("/api/v1/prices/now?symbols=" + symbols), 400, "invalid-request");
        assertThat(problem.path("detail").asText()).contains("at most " + PriceEndpoints.MAX_SYMBOLS);
    }

    @Test
    void anUnknownSourceIsA400SayingWhichSourcesThereAre() {
        JsonNode problem = ProblemsTest.problem(server.get("/api/v1/prices/now?symbols=BTC&source=yahoo"), 400,
                "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("source");
        assertThat(problem.path("detail").asText()).contains("yahoo").contains("coingecko, binance");
    }

    @Test
    void sourcesInTheirOrderWithHealth() {
        HttpResponse<String> response = server.get("/api/v1/prices/sources");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sources = TestServer.tree(response);
        assertThat(sources.findValuesAsText("source")).containsExactly("coingecko", "binance");
        JsonNode coinGecko = sources.get(0);
        assertThat(coinGecko.path("circuit").asText()).isEqualTo("closed");
        assertThat(coinGecko.path("last_success").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(coinGecko.path("last_failure").isNull()).isTrue();
        assertThat(coinGecko.path("requests").asLong()).isEqualTo(3);
        JsonNode binance = sources.get(1);
        assertThat(binance.path("circuit").asText()).isEqualTo("open");
        assertThat(binance.path("last_error").asText()).isEqualTo("HTTP 429: rate limited");
        assertThat(binance.path("last_failure").asText()).isEqualTo("2026-11-20T10:15:30Z");
    }

    @Test
    void storedHistoryByCoinWithItsFirstAndLastDay() {
        HttpResponse<String> response = server.get("/api/v1/prices/history");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stored = TestServer.tree(response);
        assertThat(stored.findValuesAsText("symbol")).containsExactly("BTC", "ETH");
        assertThat(stored.get(0).path("first").asText()).isEqualTo("2014-09-17");
        assertThat(stored.get(0).path("last").asText()).isEqualTo("2026-11-19");
        assertThat(stored.get(0).path("days").asInt()).isEqualTo(4000);
    }

    @Test
    void theHoldingsWorthIsOfTheCurrentQuantitiesOverTheDaysAsked() {
        HttpResponse<String> response = server.get("/api/v1/prices/worth?days=30");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.fakes.prices.worthDays).isEqualTo(30);
        assertThat(server.fakes.prices.quantitiesAsked).hasSize(2);
        JsonNode worth = TestServer.tree(response);
        assertThat(worth.path("days").get(0).path("usd").asText()).isEqualTo("31234.56");
        assertThat(worth.path("days").get(0).path("coins_priced").asInt()).isEqualTo(2);
        assertThat(worth.path("without_history").get(0).asText()).isEqualTo("QWXJ");
    }

    @Test
    void aWorthOverDaysThatAreNoNumberOrOutOfRangeIsA400() {
        for (String days : new String[] {"abc", "0", "4000"}) {
            HttpResponse<String> response = server.get("/api/v1/prices/worth?days=" + days);
            assertThat(response.statusCode()).as(days + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("days");
        }
    }
}
