package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/prices/backfill and GET /api/v1/prices/backfill/{id}: a backfill of the current portfolio's coins
 * runs in the background, is followed from running to done with its progress, and only one runs at a time.
 */
class BackfillTest {

    private static final String BACKFILL = "/api/v1/prices/backfill";

    /** The job at {@code location} once it is no longer running. */
    static JsonNode finished(TestServer server, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            JsonNode job = TestServer.tree(server.get(location));
            if (!job.path("state").asText().equals("running") || Instant.now().isAfter(deadline)) {
                return job;
            }
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portfolio's coins are its classified ones: SOL2 is asked for as SOL, as the CLI's backfill does. */
    @Test
    void aBackfillIsFollowedFromRunningToDoneWithItsProgress() throws InterruptedException {
        try (TestServer server = TestServer.start()) {
            FakeMarketPrices prices = server.fakes.prices;
            prices.hold();

            HttpResponse<String> started = server.json("POST", BACKFILL, "{\"days\": 30}");

            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo(BACKFILL + "/1");
            JsonNode job = TestServer.tree(started);
            assertThat(job.path("id").asLong()).isEqualTo(1);
            assertThat(job.path("state").asText()).isEqualTo("running");
            assertThat(job.path("days").asInt()).isEqualTo(30);
            assertThat(job.path("total").asInt()).isEqualTo(3);
            assertThat(job.path("started_at").asText()).isEqualTo(FakeUseCases.NOW.toString());

            assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).as("the backfill did its first coin").isTrue();
            JsonNode running = TestServer.tree(server.get(location));
            assertThat(running.path("state").asText()).isEqualTo("running");
            assertThat(running.path("done").asInt()).isEqualTo(1);
            assertThat(running.path("total").asInt()).isEqualTo(3);
            assertThat(running.path("coins").findValuesAsText("symbol")).containsExactly("BTC");
            assertThat(running.path("first").isNull()).isTrue();

            HttpResponse<String> second = server.json("POST", BACKFILL, "{}");
            JsonNode conflict = ProblemsTest.problem(second, 409, "conflict");
            assertThat(second.headers().firstValue("Location")).hasValue(location);
            assertThat(conflict.path("detail").asText()).contains("job 1").contains("1 of 3");

            prices.release();
            JsonNode done = finished(server, location);
            assertThat(done.path("state").asText()).isEqualTo("done");
            assertThat(done.path("done").asInt()).isEqualTo(3);
            assertThat(done.path("total").asInt()).isEqualTo(3);
            assertThat(done.path("error").isNull()).isTrue();
            assertThat(done.path("first").asText()).isEqualTo(FakeMarketPrices.LAST.minusDays(29).toString());
            assertThat(done.path("last").asText()).isEqualTo("2026-11-19");
            assertThat(done.path("coins").findValuesAsText("symbol")).containsExactly("BTC", "QWXJ", "SOL");
            JsonNode btc = done.path("coins").get(0);
            assertThat(btc.path("status").asText()).isEqualTo("fetched");
            assertThat(btc.path("missing").asInt()).isEqualTo(30);
            assertThat(btc.path("fetched").asInt()).isEqualTo(30);
            assertThat(btc.path("source").asText()).isEqualTo("binance");
            JsonNode unknown = done.path("coins").get(1);
            assertThat(unknown.path("status").asText()).isEqualTo("unknown");
            assertThat(unknown.path("message").asText()).contains("QWXJ");
            assertThat(prices.backfillCoins).extracting(coin -> coin.symbol()).containsExactlyInAnyOrder("BTC", "SOL", "QWXJ");
            assertThat(prices.backfillDays).isEqualTo(30);

            HttpResponse<String> next = server.json("POST", BACKFILL, "{\"days\": 7}");
            assertThat(next.statusCode()).as("another may start once one is done").isEqualTo(202);
            assertThat(next.headers().firstValue("Location")).hasValue(BACKFILL + "/2");
            assertThat(finished(server, BACKFILL + "/2").path("state").asText()).isEqualTo("done");
        }
    }

    @Test
    void withoutABodyOrDaysA365DayBackfillStarts() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> empty = server.send(HttpRequest.newBuilder(server.uri(BACKFILL))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(empty.statusCode()).as(empty.body()).isEqualTo(202);
            assertThat(finished(server, BACKFILL + "/1").path("days").asInt()).isEqualTo(365);
            assertThat(server.fakes.prices.backfillDays).isEqualTo(365);

            assertThat(server.json("POST", BACKFILL, "{}").statusCode()).isEqualTo(202);
            assertThat(finished(server, BACKFILL + "/2").path("state").asText()).isEqualTo("done");
            assertThat(server.fakes.prices.backfillDays).isEqualTo(365);
        }
    }

    @Test
    void daysOutsideOneTo3650OrNotAnIntegerAreA400NamingThem() {
        try (TestServer server = TestServer.start()) {
            for (String body : new String[] {"{\"days\": 0}", "{\"days\": -1}", "{\"days\": 3651}", "{\"days\": 1.5}",
                    "{\"days\": \"many\"}", "{\"days\": true}"}) {
                JsonNode problem = ProblemsTest.problem(server.json("POST", BACKFILL, body), 400, "invalid-request");
                assertThat(problem.path("errors").get(0).path("field").asText()).as(body).isEqualTo("days");
            }
            ProblemsTest.problem(server.json("POST", BACKFILL, "{\"days\": "), 400, "malformed-json");
            ProblemsTest.problem(server.json("POST", BACKFILL, "{\"weeks\": 2}"), 400, "invalid-request");
            ProblemsTest.problem(server.send(HttpRequest.newBuilder(server.uri(BACKFILL)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("365"))), 415, "unsupported-media-type");
            assertThat(server.fakes.prices.backfillCoins).as("nothing started").isNull();
            assertThat(server.json("POST", BACKFILL, "{\"days\": 3650}").statusCode()).isEqualTo(202);
        }
    }

    @Test
    void theNewestJobsAreListedNewestFirstSoAPageFindsTheRunningOne() throws InterruptedException {
        try (TestServer server = TestServer.start()) {
            assertThat(TestServer.tree(server.get(BACKFILL)).isEmpty()).as("none yet").isTrue();
            server.json("POST", BACKFILL, "{\"days\": 7}");
            finished(server, BACKFILL + "/1");
            FakeMarketPrices prices = server.fakes.prices;
            prices.hold();
            server.json("POST", BACKFILL, "{\"days\": 30}");
            assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

            JsonNode listed = TestServer.tree(server.get(BACKFILL));
            JsonNode newest = TestServer.tree(server.get(BACKFILL + "?limit=1"));
            prices.release();

            assertThat(listed.findValuesAsText("id")).containsExactly("2", "1");
            assertThat(listed.get(0).path("state").asText()).isEqualTo("running");
            assertThat(listed.get(0).path("days").asInt()).isEqualTo(30);
            assertThat(listed.get(1).path("state").asText()).isEqualTo("done");
            assertThat(newest.findValuesAsText("id")).containsExactly("2");
            for (String limit : new String[] {"0", "51", "many"}) {
                JsonNode problem = ProblemsTest.problem(server.get(BACKFILL + "?limit=" + limit), 400, "invalid-request");
                assertThat(problem.path("errors").get(0).path("field").asText()).as(limit).isEqualTo("limit");
            }
        }
    }

    @Test
    void anUnknownJobIsA404AndABadIdA400() {
        try (TestServer server = TestServer.start()) {
            ProblemsTest.problem(server.get(BACKFILL + "/1"), 404, "not-found");
            ProblemsTest.problem(server.get(BACKFILL + "/x"), 400, "invalid-request");
            ProblemsTest.problem(server.get(BACKFILL + "/0"), 400, "invalid-request");
        }
    }

    @Test
    void aBackfillThatFailsEndsFailedWithoutTheInternalsOfAnUnexpectedFailure() {
        try (TestServer server = TestServer.start()) {
            server.fakes.prices.backfillFailure = new IllegalStateException("the database connection is gone: jdbc:secret");
            server.json("POST", BACKFILL, "{}");
            JsonNode failed = finished(server, BACKFILL + "/1");
            assertThat(failed.path("state").asText()).isEqualTo("failed");
            assertThat(failed.path("error").asText()).contains("unexpectedly").contains("job 1").doesNotContain("jdbc");
            assertThat(failed.path("done").asInt()).isEqualTo(1);

            server.fakes.prices.backfillFailure = new InvalidCommandException("days", "days must be at least 1, was 0");
            server.json("POST", BACKFILL, "{}");
            assertThat(finished(server, BACKFILL + "/2").path("error").asText()).isEqualTo("days must be at least 1, was 0");
        }
    }

    @Test
    void stoppingTheServerStopsARunningBackfill() throws InterruptedException {
        TestServer server = TestServer.start();
        FakeMarketPrices prices = server.fakes.prices;
        prices.hold();
        server.json("POST", BACKFILL, "{}");
        assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

        server.close();

        // held until released, so only an interrupt ends it while the server stops
        BackfillJob job = server.fakes.backfills.job(1).orElseThrow();
        assertThat(job.state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(job.error()).contains("server stopped");
        assertThat(job.coins()).as("the coin done before it stopped is kept").hasSize(1);
    }
}
