package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A real {@link ApiServer} on a free port over {@link FakeUseCases}, and a client for it. */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "s3cret-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final FakeUseCases fakes = new FakeUseCases();
    final ApiServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(String token, List<String> corsOrigins, long maxUploadBytes) {
        WebSettings settings = new WebSettings("127.0.0.1", 0, token, corsOrigins, maxUploadBytes,
                new WebSettings.SystemInfo("./data", "H2 (file data/rebalancer)", "0.1.0-test", List.of("local")));
        this.server = ApiServer.start(settings, fakes.useCases());
    }

    static TestServer start() {
        return new TestServer(null, List.of(), 0);
    }

    static TestServer withToken() {
        return new TestServer(TOKEN, List.of(), 0);
    }

    static TestServer withCors(String... origins) {
        return new TestServer(null, List.of(origins), 0);
    }

    static TestServer withUploadLimit(long bytes) {
        return new TestServer(null, List.of(), bytes);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
    }

    HttpResponse<String> json(String method, String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            fakes.backfills.close();
        }
    }
}
