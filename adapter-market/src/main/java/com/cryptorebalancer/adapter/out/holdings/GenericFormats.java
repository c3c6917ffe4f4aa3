package com.cryptorebalancer.adapter.out.holdings;

import java.util.List;
import java.util.Optional;

/**
 * Our own documented holdings formats, for people not on CoinTracking.
 *
 * <p>CSV: a header naming the columns {@code symbol}, {@code location}, {@code amount} (required), at
 * least one of {@code value_usd} (the holding's USD value) and {@code price_usd} (the USD price of one
 * unit), and optionally {@code name} (the coin's full name); any order, any case, extra columns
 * ignored. Delimiter {@code ,} or {@code ;}, fields optionally in double quotes, {@code .} as decimal
 * separator. A row's value is its {@code value_usd} when given, otherwise {@code amount × price_usd};
 * when a row gives both, {@code value_usd} wins (the price is still checked to be a number). A row
 * giving neither is imported unpriced.
 *
 * <p>JSON: an array of objects, or an object whose {@code "holdings"} key holds that array, each object
 * with the same keys as the CSV columns; numbers may be JSON numbers or strings and are read from their
 * text, never through binary floating point.
 */
final class GenericFormats {

    public static final String CSV_CODE = "generic-csv";
    public static final String JSON_CODE = "generic-json";

    /** The column names of the CSV, which are also the keys of the JSON objects. */
    private static final Columns KEYS = new Columns("symbol", "name", "location", "amount", "value_usd", "price_usd");
    private static final List<String> REQUIRED = List.of("symbol", "location", "amount");

    private GenericFormats() {
    }

    /** The generic CSV format, if {@code header} is one. */
    public static Optional<CsvFormat> recogniseCsv(CsvHeader header) {
        boolean valued = header.has(KEYS.value()) || header.has(KEYS.price());
        if (!header.hasAll(REQUIRED) || !valued) {
            return Optional.empty();
        }
        return Optional.of(ColumnFormat.of(CSV_CODE, header, KEYS));
    }

    /** The headers recognised, for the message about an unknown header. */
    public static List<String> supportedHeaders() {
        return List.of("generic CSV: symbol,location,amount,value_usd and/or price_usd[,name] (delimiter , or ;)",
                "generic JSON: [{\"symbol\": ..., \"location\": ..., \"amount\": ..., \"value_usd\" and/or "
                        + "\"price_usd\": ..., \"name\": ...}] or {\"holdings\": [...]}");
    }

    /** The keys of the JSON objects, for naming the column of a problem. */
    public static Columns jsonColumns() {
        return KEYS;
    }

    /**
     * Reads the generic JSON in {@code text} from {@code start} into {@code sink}.
     *
     * @throws com.cryptorebalancer.application.port.out.InvalidHoldingsFileException when the text is not
     *         valid JSON, or not an array of holdings
     */
    public static void readJson(String source, String text, int start, RowSink sink) {
        new GenericJsonReader(source, KEYS, sink).read(text, start);
    }
}
