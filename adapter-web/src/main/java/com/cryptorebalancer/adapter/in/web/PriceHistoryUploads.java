package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.RowProblem;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily history files uploaded as the multipart field {@code file} (once or more). The use case reads history
 * from a folder, so each upload is written, under its own name, to a fresh temporary folder that is deleted
 * again once read. The name says the coin, so it must be {@code <SYMBOL>-USD_1d.csv}; it is checked before
 * anything is written, which also keeps a name such as {@code ../x} from leaving the folder.
 */
final class PriceHistoryUploads {

    /** The skipped rows shown per file; the count says how many there were in all. */
    static final int SKIPPED_SHOWN = 20;
    private static final String FIELD = "file";
    /** As the files reader takes them: the symbol, then the quote currency and candle length, which must be these. */
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]{1,40})-USD_1d\\.csv");
    private static final Logger LOG = LoggerFactory.getLogger(PriceHistoryUploads.class);

    /** The multipart form, as the OpenAPI document shows it. */
    record HistoryUploadForm(List<byte[]> file) {
    }

    /** What {@code POST /api/v1/prices/history} answers: the totals, then file by file. */
    record HistoryImportJson(int read, int newDays, int skipped, List<FileJson> files) {

        /**
         * @param skipped     how many rows were not read
         * @param skippedRows the first {@value PriceHistoryUploads#SKIPPED_SHOWN} of them, with line, column, value and reason
         */
        record FileJson(String file, String symbol, int read, int newDays, int skipped, List<RowProblem> skippedRows) {
        }

        static HistoryImportJson of(HistoryImport result) {
            List<FileJson> files = result.files().stream().map(file -> new FileJson(file.file(), file.asset().symbol(),
                    file.read(), file.newDays(), file.skipped().size(),
                    file.skipped().stream().limit(SKIPPED_SHOWN).toList())).toList();
            return new HistoryImportJson(result.read(), result.newDays(), result.skipped(), files);
        }
    }

    private final Json json;
    private final MarketPricesUseCase prices;

    PriceHistoryUploads(Json json, MarketPricesUseCase prices) {
        this.json = json;
        this.prices = prices;
    }

    void upload(Context ctx) {
        Uploads.requireMultipart(ctx, "daily history files (<SYMBOL>-USD_1d.csv) in the field 'file'");
        List<UploadedFile> files = Uploads.read(FIELD, () -> ctx.uploadedFiles(FIELD));
        if (files.isEmpty()) {
            throw ApiProblem.invalid(FIELD, "the multipart field 'file' with one or more daily history files"
                    + " (<SYMBOL>-USD_1d.csv) is required");
        }
        Map<String, UploadedFile> named = byName(files);
        Path folder = createFolder();
        try {
            for (Map.Entry<String, UploadedFile> file : named.entrySet()) {
                write(file.getValue(), folder.resolve(file.getKey()));
            }
            json.write(ctx, 200, HistoryImportJson.of(importFrom(folder, named.keySet())));
        } finally {
            delete(folder);
        }
    }

    /** The uploads by their names, each checked: of the pattern, and one file per coin. */
    private static Map<String, UploadedFile> byName(List<UploadedFile> files) {
        Map<String, UploadedFile> named = new LinkedHashMap<>();
        Map<String, String> coins = new LinkedHashMap<>();
        for (UploadedFile file : files) {
            String name = fileName(file.filename());
            Matcher matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                throw invalidFile(name, "'" + name + "' is not named <SYMBOL>-USD_1d.csv (such as BTC-USD_1d.csv):"
                        + " the name says which coin's USD daily closes a file holds");
            }
            String earlier = coins.putIfAbsent(matcher.group(1).toUpperCase(Locale.ROOT), name);
            if (earlier != null) {
                throw invalidFile(name, "'" + name + "' and '" + earlier + "' are the same coin's history; send one");
            }
            named.put(name, file);
        }
        return named;
    }

    /** The last part of a name a browser sent (some send a whole path); an absent name is refused. */
    private static String fileName(String sent) {
        if (sent == null || sent.isBlank()) {
            throw ApiProblem.invalid(FIELD, "every upload needs its file name (<SYMBOL>-USD_1d.csv): it says the coin");
        }
        String name = sent.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        return name.length() > 80 ? name.substring(0, 80) + "..." : name;
    }

    /**
     * Reads the folder; a file that cannot be read is a 400 naming it, in words without the temporary folder
     * (its path means nothing to the person who sent the file).
     */
    private HistoryImport importFrom(Path folder, Set<String> names) {
        try {
            return prices.importHistory(folder);
        } catch (InvalidCommandException e) {
            String message = String.valueOf(e.getMessage()).replace(folder + File.separator, "")
                    .replace(folder.toString(), "the upload");
            throw invalidFile(names.stream().filter(message::contains).findFirst().orElse(null), message);
        }
    }

    private static ApiProblem invalidFile(String name, String message) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, message,
                List.of(new ProblemJson.FieldError(FIELD, message, name, null, null, null)));
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("rebalancer-history-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the uploaded history", e);
        }
    }

    private static void write(UploadedFile file, Path target) {
        try (InputStream content = file.content()) {
            Files.copy(content, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the uploaded " + target.getFileName() + " to " + target, e);
        }
    }

    /** Deletes the folder and what is in it; a file left behind is logged, since the answer no longer depends on it. */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete the temporary folder {} of an uploaded history: {}", folder, e.toString());
        }
    }
}
