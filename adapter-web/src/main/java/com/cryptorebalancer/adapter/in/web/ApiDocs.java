package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's own documentation: the OpenAPI document (built once, before the server starts) and Swagger UI
 * from its WebJar, started by a static script of ours, so the page runs no inline script.
 */
final class ApiDocs {

    static final String OPENAPI_PATH = "/api/openapi.json";
    static final String DOCS_PATH = "/api/docs";
    static final String INITIALIZER_PATH = DOCS_PATH + "/swagger-initializer.js";
    private static final String RESOURCES = "/apidocs/";
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";

    private final byte[] page = resource("index.html");
    private final byte[] initializer = resource("swagger-initializer.js");
    private volatile byte[] document;

    /** Sets the document, once, before the server starts. */
    void publish(byte[] openApi) {
        if (document != null) {
            throw new IllegalStateException("the OpenAPI document is published once");
        }
        document = openApi.clone();
    }

    void openApi(Context ctx) {
        ctx.contentType(Json.MEDIA_TYPE).result(document);
    }

    void page(Context ctx) {
        ctx.contentType(HTML).result(page);
    }

    void initializer(Context ctx) {
        ctx.contentType(JAVASCRIPT).result(initializer);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCES + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCES + name, e);
        }
    }
}
