package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.ImportSnapshotUseCase;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Imports: a file uploaded as the multipart field {@code file} (a CoinTracking export, the generic CSV or
 * JSON), or holdings in the generic JSON format as the body itself.
 */
final class ImportEndpoints {

    static final String MULTIPART = Uploads.MULTIPART;
    /** The import recognises a format by content; the name only labels the source in reports and errors. */
    static final String JSON_SOURCE_NAME = "holdings.json";
    private static final String UNNAMED_UPLOAD = "upload";
    /** The query parameter with the file's last-modified time: its valuation time when its name has no date. */
    static final String MODIFIED = "modified";

    /** The multipart form, as the OpenAPI document shows it. */
    record UploadForm(byte[] file) {
    }

    /** The generic JSON format (an array of holdings also works), as the OpenAPI document shows it. */
    record HoldingsJson(List<Holding> holdings) {

        /** Numbers may be JSON numbers or strings; one of value_usd and price_usd is needed to price it. */
        record Holding(String symbol, String name, String location, java.math.BigDecimal amount,
                       java.math.BigDecimal valueUsd, java.math.BigDecimal priceUsd) {
        }
    }

    private final Json json;
    private final ImportSnapshotUseCase imports;

    ImportEndpoints(Json json, ImportSnapshotUseCase imports) {
        this.json = json;
        this.imports = imports;
    }

    void create(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : Json.mediaType(contentType);
        // the body is read before the query is checked: answering 400 to a client still sending a large upload
        // would have the server close the connection under it
        Upload upload;
        String origin;
        if (mediaType.equals(MULTIPART)) {
            upload = uploaded(ctx);
            origin = "upload";
        } else if (mediaType.equals(Json.MEDIA_TYPE)) {
            upload = new Upload(JSON_SOURCE_NAME, ctx.bodyAsBytes());
            origin = "json";
        } else {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the file as " + MULTIPART
                    + " (field 'file') or holdings as " + Json.MEDIA_TYPE + "; the body was "
                    + (contentType == null ? "not declared" : contentType));
        }
        boolean lenient = Params.flag(ctx, "lenient");
        Instant modified = Params.instant(ctx, MODIFIED);
        byte[] bytes = upload.bytes();
        // the file's last-modified time: the browser knows it, the upload does not carry it
        HoldingsSource source = new HoldingsSource(upload.name(), () -> new ByteArrayInputStream(bytes), modified);
        json.write(ctx, 201, ImportJson.of(imports.importHoldings(new ImportSnapshotCommand(source, origin, lenient))));
    }

    /** A file as received, before it is read as holdings. */
    private record Upload(String name, byte[] bytes) {
    }

    private static Upload uploaded(Context ctx) {
        UploadedFile file = uploadedFile(ctx);
        if (file == null) {
            throw ApiProblem.invalid("file", "the multipart field 'file' with the file to import is required");
        }
        try (InputStream content = file.content()) {
            String name = file.filename() == null || file.filename().isBlank() ? UNNAMED_UPLOAD : file.filename();
            return new Upload(name, content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static UploadedFile uploadedFile(Context ctx) {
        return Uploads.read("file", () -> ctx.uploadedFile("file"));
    }
}
