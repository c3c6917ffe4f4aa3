package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/prices/history: uploaded daily history files reach the use case under their own names in a
 * folder that is gone afterwards; names that say no coin, bad files and oversize uploads are refused.
 */
class PriceHistoryUploadTest {

    private static final Path BTC = Multipart.shared("data/prices/daily/BTC-USD_1d.csv");
    private static final String SMALL = "datetime,open,high,low,close,volume\n2026-11-18,1,1,1,2,0\n2026-11-19,1,1,1,3,0\n";

    static byte[] multipart(String field, Object... namesAndContents) {
        return Multipart.body(field, namesAndContents);
    }

    static HttpResponse<String> upload(TestServer server, byte[] body) {
        return Multipart.post(server, "/api/v1/prices/history", body);
    }

    @Test
    void theRealBtcHistoryUploadedReachesTheUseCaseUnderItsNameAndTheFolderIsDeleted() throws IOException {
        String file = Files.readString(BTC, StandardCharsets.UTF_8);
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = upload(server, multipart("file", "BTC-USD_1d.csv", file));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            FakeMarketPrices prices = server.fakes.prices;
            assertThat(prices.importedFiles).containsOnlyKeys("BTC-USD_1d.csv");
            assertThat(prices.importedFiles.get("BTC-USD_1d.csv")).isEqualTo(file);
            assertThat(prices.importedFolder).doesNotExist();
            JsonNode result = TestServer.tree(response);
            long days = file.lines().count() - 1;
            assertThat(result.path("read").asLong()).isEqualTo(days);
            JsonNode btc = result.path("files").get(0);
            assertThat(btc.path("file").asText()).isEqualTo("BTC-USD_1d.csv");
            assertThat(btc.path("symbol").asText()).isEqualTo("BTC");
            assertThat(btc.path("read").asLong()).isEqualTo(days);
            assertThat(btc.path("new_days").asLong()).isEqualTo(days - 1);
            assertThat(btc.path("skipped").asInt()).isZero();
            assertThat(btc.path("skipped_rows").isArray()).isTrue();
        }
    }

    @Test
    void severalFilesAtOnceAndSkippedRowsCountedWithTheFirst20Shown() {
        StringBuilder eth = new StringBuilder("datetime,open,high,low,close,volume\n");
        for (int day = 1; day <= 25; day++) {
            eth.append("2026-10-").append(String.format("%02d", day)).append(",1,1,1,bad,0\n");
        }
        eth.append("2026-10-26,1,1,1,2,0\n");
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = upload(server, multipart("file", "BTC-USD_1d.csv", SMALL,
                    "C:\\Users\\me\\ETH-USD_1d.csv", eth));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(server.fakes.prices.importedFiles).containsOnlyKeys("BTC-USD_1d.csv", "ETH-USD_1d.csv");
            JsonNode result = TestServer.tree(response);
            assertThat(result.path("read").asInt()).isEqualTo(3);
            assertThat(result.path("skipped").asInt()).isEqualTo(25);
            JsonNode ethFile = result.path("files").get(1);
            assertThat(ethFile.path("symbol").asText()).isEqualTo("ETH");
            assertThat(ethFile.path("skipped").asInt()).isEqualTo(25);
            assertThat(ethFile.path("skipped_rows").size()).isEqualTo(PriceHistoryUploads.SKIPPED_SHOWN);
            JsonNode row = ethFile.path("skipped_rows").get(0);
            assertThat(row.path("line").asInt()).isEqualTo(2);
            assertThat(row.path("column").asText()).isEqualTo("close");
            assertThat(row.path("value").asText()).isEqualTo("bad");
            assertThat(row.path("reason").asText()).isEqualTo("bad_number");
            assertThat(row.path("message").asText()).isEqualTo("not a number");
        }
    }

    @Test
    void aFileWhoseNameSaysNoCoinIsRefusedByNameBeforeAnythingIsRead() {
        try (TestServer server = TestServer.start()) {
            for (String name : new String[] {"prices.csv", "BTC-EUR_1d.csv", "../BTC-USD_1d.csv/..", "BTC-USD_1h.csv"}) {
                JsonNode problem = ProblemsTest.problem(upload(server, multipart("file", name, SMALL)), 400, "invalid-request");
                JsonNode error = problem.path("errors").get(0);
                assertThat(error.path("field").asText()).isEqualTo("file");
                assertThat(problem.path("detail").asText()).as(name).contains("<SYMBOL>-USD_1d.csv");
            }
            assertThat(server.fakes.prices.importedFolder).isNull();
        }
    }

    @Test
    void aPathInTheNameIsCutToTheFileName() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = upload(server, multipart("file", "../../etc/BTC-USD_1d.csv", SMALL));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(server.fakes.prices.importedFiles).containsOnlyKeys("BTC-USD_1d.csv");
            assertThat(server.fakes.prices.importedFolder.resolve("BTC-USD_1d.csv")).doesNotExist();
        }
    }

    @Test
    void theSameCoinTwiceIsRefused() {
        try (TestServer server = TestServer.start()) {
            JsonNode problem = ProblemsTest.problem(upload(server, multipart("file", "BTC-USD_1d.csv", SMALL,
                    "btc-USD_1d.csv", SMALL)), 400, "invalid-request");
            assertThat(problem.path("detail").asText()).contains("same coin");
        }
    }

    @Test
    void aFileThatCannotBeReadIsA400NamingItWithoutTheTemporaryFolder() {
        try (TestServer server = TestServer.start()) {
            JsonNode problem = ProblemsTest.problem(upload(server, multipart("file", "BTC-USD_1d.csv", SMALL,
                    "ETH-USD_1d.csv", "date,close\n2026-11-19,2\n")), 400, "invalid-request");

            assertThat(problem.path("detail").asText()).startsWith("the daily history file ETH-USD_1d.csv has the header")
                    .doesNotContain(server.fakes.prices.importedFolder.toString());
            assertThat(problem.path("errors").get(0).path("file").asText()).isEqualTo("ETH-USD_1d.csv");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
            assertThat(server.fakes.prices.importedFolder).doesNotExist();
        }
    }

    @Test
    void noFileFieldOrAnotherMediaTypeIsRefused() {
        try (TestServer server = TestServer.start()) {
            JsonNode problem = ProblemsTest.problem(upload(server, multipart("upload", "BTC-USD_1d.csv", SMALL)), 400,
                    "invalid-request");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");

            ProblemsTest.problem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/prices/history"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(SMALL))),
                    415, "unsupported-media-type");
            ProblemsTest.problem(server.json("POST", "/api/v1/prices/history", "{}"), 415, "unsupported-media-type");
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedCleanly() {
        long limit = 4096;
        try (TestServer server = TestServer.withUploadLimit(limit)) {
            byte[] content = new byte[(int) limit];
            Arrays.fill(content, (byte) 'a');
            HttpResponse<String> response = upload(server, multipart("file", "BTC-USD_1d.csv", content));
            ProblemsTest.problem(response, 413, "payload-too-large");
            assertThat(server.fakes.prices.importedFolder).isNull();
        }
    }

    /** A fresh server: the client would otherwise reuse the connection the server closed after refusing a body. */
    @Test
    void aChunkedUploadOverTheLimitIsRefusedToo() {
        long limit = 4096;
        try (TestServer server = TestServer.withUploadLimit(limit)) {
            byte[] content = new byte[(int) limit * 2];
            Arrays.fill(content, (byte) 'a');
            byte[] body = multipart("file", "BTC-USD_1d.csv", content);
            ProblemsTest.problem(Multipart.postChunked(server, "/api/v1/prices/history", body), 413, "payload-too-large");
            assertThat(server.fakes.prices.importedFolder).isNull();
        }
    }
}
