package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports holdings from a file whose format it recognises by content, not by name: generic JSON when
 * the first character other than white space is '[' or '{'; otherwise CSV, whose header (delimiter
 * {@code ,} or {@code ;}, names in any case, quoted or not) says whether it is one of CoinTracking's
 * exports (Balance by Exchange, Current Balance, Coins by Exchange) or the generic CSV. A UTF-8
 * byte-order mark is ignored. See {@link GenericFormats} for the generic formats.
 */
public final class HoldingsFileAdapter implements LoadHoldingsPort {

    public HoldingsFileAdapter() {
        // stateless: every import gets its own parser and caches
    }

    @Override
    public ImportedHoldings load(HoldingsSource source, ImportOptions options) {
        Objects.requireNonNull(source, "import needs a source");
        Objects.requireNonNull(options, "import of " + source.name() + " needs options");
        SourceText text = SourceText.read(source);
        ValuationTime time = ValuationTime.of(options.asOf(), source);
        return text.isJson()
                ? loadJson(source.name(), text, options, time)
                : loadCsv(source.name(), text, options, time);
    }

    private ImportedHoldings loadJson(String name, SourceText text, ImportOptions options, ValuationTime time) {
        HoldingsCollector rows = new HoldingsCollector(name, GenericFormats.JSON_CODE, GenericFormats.jsonColumns(),
                options, time);
        GenericFormats.readJson(name, text.text(), text.start(), rows);
        return rows.finish(options.lenient());
    }

    private ImportedHoldings loadCsv(String name, SourceText text, ImportOptions options, ValuationTime time) {
        CsvReader reader = new CsvReader(name, text.text(), text.start(),
                CsvScan.detectDelimiter(text.text(), text.start()));
        reader.next(); // the text is not blank, so its first record is the header
        CsvHeader header = CsvHeader.of(reader);
        CsvFormat format = recognise(name, header, text);
        HoldingsCollector rows = new HoldingsCollector(name, format.code(), format.columns(), options, time);
        CsvBody.read(name, text.text(), reader, header, format, rows);
        return rows.finish(options.lenient());
    }

    private static CsvFormat recognise(String name, CsvHeader header, SourceText text) {
        return CoinTrackingFormats.recognise(header)
                .or(() -> GenericFormats.recogniseCsv(header))
                .orElseThrow(() -> new InvalidHoldingsFileException(name, "line " + header.line()
                        + ": not a holdings format this import knows; header seen: " + text.firstLine()
                        + "; supported: " + String.join("; ", supportedHeaders())));
    }

    private static List<String> supportedHeaders() {
        List<String> headers = new ArrayList<>(CoinTrackingFormats.supportedHeaders());
        headers.addAll(GenericFormats.supportedHeaders());
        return headers;
    }
}
