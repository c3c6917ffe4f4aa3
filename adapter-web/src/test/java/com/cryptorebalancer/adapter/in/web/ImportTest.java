package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** POST /api/v1/imports: a multipart upload of a real export, holdings as JSON, and what is refused. */
class ImportTest {

    private static final Path EXPORT = Multipart.shared("data/cointracking/balance-by-exchange-2025-08-26.csv");

    static byte[] multipart(String field, String fileName, byte[] content) {
        return Multipart.body(field, fileName, content);
    }

    static HttpResponse<String> upload(TestServer server, String query, byte[] body) {
        return Multipart.post(server, "/api/v1/imports" + query, body);
    }

    @Test
    void theRealExportUploadedReachesTheUseCaseByteForByte() throws IOException {
        byte[] file = Files.readAllBytes(EXPORT);
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = upload(server, "", multipart("file", "balance-by-exchange-2025-08-26.csv", file));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(server.fakes.importedBytes).isEqualTo(file);
            assertThat(server.fakes.importCommand.origin()).isEqualTo("upload");
            assertThat(server.fakes.importCommand.lenient()).isFalse();
            assertThat(server.fakes.importCommand.source().name()).isEqualTo("balance-by-exchange-2025-08-26.csv");
            assertThat(server.fakes.importCommand.source().modified()).as("an upload carries no file time").isNull();
            JsonNode result = TestServer.tree(response);
            assertThat(result.path("snapshot_id").asLong()).isEqualTo(7);
            assertThat(result.path("file_name").asText()).isEqualTo("balance.csv");
            assertThat(result.path("report").path("source").asText()).isEqualTo("balance-by-exchange-2025-08-26.csv");
            assertThat(result.path("report").path("usd_read").asText()).isEqualTo("30100.00");
        }
    }

    @Test
    void theFilesLastModifiedTimeGivenWithTheUploadIsItsTime() throws IOException {
        byte[] file = Files.readAllBytes(EXPORT);
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = upload(server, "?modified=2025-08-26T11:30:00%2B02:00",
                    multipart("file", "balance.csv", file));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(server.fakes.importCommand.source().modified()).isEqualTo(Instant.parse("2025-08-26T09:30:00Z"));

            server.json("POST", "/api/v1/imports?modified=2025-08-27T08:00:00Z", "[]");
            assertThat(server.fakes.importCommand.source().modified()).isEqualTo(Instant.parse("2025-08-27T08:00:00Z"));

            server.json("POST", "/api/v1/imports?modified=2025-08-27T10:00:00+02:00", "[]");
            assertThat(server.fakes.importCommand.source().modified()).as("a '+' sent unencoded")
                    .isEqualTo(Instant.parse("2025-08-27T08:00:00Z"));
        }
    }

    @Test
    void aModifiedTimeThatIsNoTimeIsA400NamingIt() throws IOException {
        byte[] file = Files.readAllBytes(EXPORT);
        try (TestServer server = TestServer.start()) {
            for (String modified : new String[] {"yesterday", "2025-08-26", "2025-08-26T09:30:00", "1969-12-31T23:59:59Z"}) {
                JsonNode problem = ProblemsTest.problem(upload(server, "?modified=" + modified,
                        multipart("file", "balance.csv", file)), 400, "invalid-request");
                assertThat(problem.path("errors").get(0).path("field").asText()).as(modified).isEqualTo("modified");
                assertThat(problem.path("detail").asText()).as(modified).contains(modified);
            }
            assertThat(server.fakes.importCommand).as("nothing imported").isNull();
        }
    }

    @Test
    void holdingsAsJsonAreImportedFromTheBody() {
        String holdings = "{\"holdings\": [{\"symbol\": \"BTC\", \"location\": \"Ledger\", \"amount\": 0.000000000000000001,"
                + " \"value_usd\": \"1\"}]}";
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.json("POST", "/api/v1/imports?lenient=true", holdings);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(new String(server.fakes.importedBytes, StandardCharsets.UTF_8)).isEqualTo(holdings);
            assertThat(server.fakes.importCommand.origin()).isEqualTo("json");
            assertThat(server.fakes.importCommand.lenient()).isTrue();
            assertThat(server.fakes.importCommand.source().name()).endsWith(".json");
        }
    }

    @Test
    void aBadRowIsAnInvalidImportWithFileLineColumnAndValue() {
        try (TestServer server = TestServer.start()) {
            byte[] file = "\"Amount\",\"Currency\"\n\"1\",\"BTC\"\n\"not-a-number\",\"ETH\"\n".getBytes(StandardCharsets.UTF_8);
            JsonNode problem = ProblemsTest.problem(upload(server, "", multipart("file", "bad.csv", file)), 422, "invalid-import");

            JsonNode row = problem.path("errors").get(0);
            assertThat(row.path("file").asText()).isEqualTo("bad.csv");
            assertThat(row.path("line").asInt()).isEqualTo(3);
            assertThat(row.path("column").asText()).isEqualTo("Amount");
            assertThat(row.path("value").asText()).isEqualTo("not-a-number");
            assertThat(row.path("message").asText()).isEqualTo("not a number");
        }
    }

    @Test
    void aMultipartWithoutTheFileFieldIsInvalid() {
        try (TestServer server = TestServer.start()) {
            JsonNode problem = ProblemsTest.problem(upload(server, "", multipart("upload", "x.csv", new byte[] {'a'})),
                    400, "invalid-request");
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("file");
        }
    }

    @Test
    void otherMediaTypesAreUnsupported() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/v1/imports"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
            ProblemsTest.problem(response, 415, "unsupported-media-type");
            HttpResponse<String> undeclared = server.send(HttpRequest.newBuilder(server.uri("/api/v1/imports"))
                    .POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
            ProblemsTest.problem(undeclared, 415, "unsupported-media-type");
        }
    }

    @Test
    void anUploadJustOverTheLimitIsRefusedCleanly() {
        long limit = 4096;
        try (TestServer server = TestServer.withUploadLimit(limit)) {
            byte[] justUnder = new byte[1000];
            Arrays.fill(justUnder, (byte) 'a');
            assertThat(upload(server, "", multipart("file", "small.csv", justUnder)).statusCode()).isEqualTo(201);

            byte[] content = new byte[(int) limit];
            Arrays.fill(content, (byte) 'a');
            HttpResponse<String> upload = upload(server, "", multipart("file", "big.csv", content));
            ProblemsTest.problem(upload, 413, "payload-too-large");
            assertThat(upload.headers().firstValue("Connection")).hasValue("close");

            String json = "[" + "1,".repeat((int) limit / 2) + "1]";
            ProblemsTest.problem(server.json("POST", "/api/v1/imports", json), 413, "payload-too-large");
            ProblemsTest.problem(server.json("POST", "/api/v1/plans", json), 413, "payload-too-large");

            assertThat(server.get("/healthz").statusCode()).as("the server still answers").isEqualTo(200);
        }
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedToo() {
        long limit = 4096;
        try (TestServer server = TestServer.withUploadLimit(limit)) {
            byte[] content = new byte[(int) limit * 2];
            Arrays.fill(content, (byte) 'a');
            byte[] body = multipart("file", "big.csv", content);
            ProblemsTest.problem(Multipart.postChunked(server, "/api/v1/imports", body), 413, "payload-too-large");
        }
    }

    /** A fresh server: the client would otherwise reuse the connection the server closed after refusing a body. */
    @Test
    void aChunkedJsonBodyOverTheLimitIsRefused() {
        long limit = 4096;
        try (TestServer server = TestServer.withUploadLimit(limit)) {
            HttpResponse<String> json = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            ("{\"targets\": {\"BTC\": \"" + "1".repeat(10_000) + "\"}}").getBytes(StandardCharsets.UTF_8)))));
            ProblemsTest.problem(json, 413, "payload-too-large");
        }
    }
}
