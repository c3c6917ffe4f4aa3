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
        boolean lenient = Params.flag(ctx, "lenient");
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : Json.mediaType(contentType);
        Instant modified = Params.instant(ctx, MODIFIED);
        ImportSnapshotCommand command;
        if (mediaType.equals(MULTIPART)) {
            command = new ImportSnapshotCommand(uploaded(ctx, modified), "upload", lenient);
        } else if (mediaType.equals(Json.MEDIA_TYPE)) {
            command = new ImportSnapshotCommand(source(JSON_SOURCE_NAME, ctx.bodyAsBytes(), modified), "json", lenient);
        } else {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the file as " + MULTIPART
                    + " (field 'file') or holdings as " + Json.MEDIA_TYPE + "; the body was "
                    + (contentType == null ? "not declared" : contentType));
        }
        json.write(ctx, 201, ImportJson.of(imports.importHoldings(command)));
    }

    private static HoldingsSource uploaded(Context ctx, Instant modified) {
        UploadedFile file = uploadedFile(ctx);
        if (file == null) {
            throw ApiProblem.invalid("file", "the multipart field 'file' with the file to import is required");
        }
        try (InputStream content = file.content()) {
            String name = file.filename() == null || file.filename().isBlank() ? UNNAMED_UPLOAD : file.filename();
            return source(name, content.readAllBytes(), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static UploadedFile uploadedFile(Context ctx) {
        return Uploads.read("file", () -> ctx.uploadedFile("file"));
    }

    /** @param modified when the file was last written (the browser knows it, the upload does not carry it), or null */
    private static HoldingsSource source(String name, byte[] bytes, Instant modified) {
        return new HoldingsSource(name, () -> new ByteArrayInputStream(bytes), modified);
    }
}
