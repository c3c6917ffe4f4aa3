package com.cryptorebalancer.adapter.in.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Multipart uploads as a browser sends them, and the shared real data they upload. */
final class Multipart {

    static final String BOUNDARY = "----rebalancer-test-boundary";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {
    }

    /** A body of files in the field {@code field}, each given as its name and its content (text or bytes). */
    static byte[] body(String field, Object... namesAndContents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Object content = namesAndContents[i + 1];
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + namesAndContents[i] + "\"\r\nContent-Type: text/csv\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content instanceof byte[] bytes ? bytes : content.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static HttpResponse<String> post(TestServer server, String path, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As {@link #post}, but streamed without a Content-Length (chunked), so the server learns the size only as it reads. */
    static HttpResponse<String> postChunked(TestServer server, String path, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** A file of the shared real data beside the checkout; Maven passes its folder as the property {@code shared.dir}. */
    static Path shared(String relative) {
        String shared = System.getProperty("shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property shared.dir is not set: run the tests through Maven");
        }
        return Path.of(shared, relative);
    }
}
