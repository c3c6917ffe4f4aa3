package com.cryptorebalancer.adapter.in.web;

import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * The parts of a multipart upload. Jetty parses the parts when first asked, and refuses a body over the
 * multipart limits (one sent without a Content-Length, which the size check before the handlers could not
 * see) or a malformed one with an exception wrapped in a ServletException: both are answered here, the
 * first as 413, the second as 400 naming the field.
 */
final class Uploads {

    static final String MULTIPART = "multipart/form-data";

    private Uploads() {
    }

    /** What {@code parts} reads of the request (e.g. {@code () -> ctx.uploadedFile("file")}), or the problem why not. */
    static <T> T read(String field, Supplier<T> parts) {
        try {
            return parts.get();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("max length exceeded")) {
                    throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "the upload is larger than this server accepts");
                }
            }
            throw ApiProblem.invalid(field, "the multipart body could not be read: " + e.getMessage());
        }
    }

    /** Refuses a body that is not multipart, saying what to send instead. */
    static void requireMultipart(Context ctx, String what) {
        String contentType = ctx.contentType();
        if (contentType == null || !Json.mediaType(contentType).equals(MULTIPART)) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send " + what + " as " + MULTIPART + "; the body was "
                    + (contentType == null ? "not declared" : contentType));
        }
    }
}
