package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bearer token, CORS, and the headers every answer carries. */
class SecurityTest {

    private static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        HEADERS.forEach((name, value) -> assertThat(response.headers().firstValue(name)).as(name).hasValue(value));
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-eval");
        assertThat(policy.replaceAll("style-src[^;]*", "")).doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void securityHeadersOnAStaticFileAnApiAnswerAndAnError() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> index = server.get("/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertSecurityHeaders(index);
            assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("style-src 'self';").doesNotContain("unsafe-inline");

            assertSecurityHeaders(server.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"));
            assertSecurityHeaders(server.get("/api/v1/portfolio"));
            HttpResponse<String> error = server.get("/api/v1/snapshots/12345");
            assertThat(error.statusCode()).isEqualTo(404);
            assertSecurityHeaders(error);
            HttpResponse<String> missing = server.get("/no/such/file.js");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertSecurityHeaders(missing);
        }
    }

    @Test
    void withoutATokenTheApiIsOpen() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/api/v1/portfolio").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withATokenTheApiNeedsIt() {
        try (TestServer server = TestServer.withToken()) {
            HttpResponse<String> none = server.get("/api/v1/portfolio");
            ProblemsTest.problem(none, 401, "unauthorized");
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertSecurityHeaders(none);

            HttpResponse<String> wrong = server.get("/api/v1/portfolio", "Authorization", "Bearer not-the-token");
            ProblemsTest.problem(wrong, 401, "unauthorized");
            ProblemsTest.problem(server.get("/api/v1/portfolio", "Authorization", "Basic " + TestServer.TOKEN),
                    401, "unauthorized");
            ProblemsTest.problem(server.get("/api/v1/nothing", "Authorization", "Bearer x"), 401, "unauthorized");

            HttpResponse<String> right = server.get("/api/v1/portfolio", "Authorization", "Bearer " + TestServer.TOKEN);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(TestServer.tree(server.get("/api/v1/system", "Authorization", "Bearer " + TestServer.TOKEN))
                    .path("api_token").asText()).isEqualTo("set");
        }
    }

    @Test
    void withATokenHealthDocsAndTheDashboardStayOpen() {
        try (TestServer server = TestServer.withToken()) {
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/openapi.json").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/docs").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/docs/swagger-initializer.js").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void corsIsOffByDefault() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/api/v1/portfolio", "Origin", "https://evil.example");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

            HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://evil.example",
                    "Access-Control-Request-Method", "POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
        }
    }

    @Test
    void corsAllowsExactlyTheConfiguredOrigins() {
        try (TestServer server = TestServer.withCors("https://dash.example")) {
            HttpResponse<String> allowed = server.get("/api/v1/portfolio", "Origin", "https://dash.example");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dash.example");
            assertThat(allowed.headers().firstValue("Vary")).hasValue("Origin");
            assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("X-Request-Id");

            HttpResponse<String> other = server.get("/api/v1/portfolio", "Origin", "https://dash.example.evil.com");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(server.get("/api/v1/portfolio", "Origin", "http://dash.example")
                    .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

            HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/api/v1/plans"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://dash.example",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dash.example");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                    .contains("Authorization", "Content-Type");
            assertSecurityHeaders(preflight);
        }
    }
}
