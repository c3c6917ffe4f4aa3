package com.cryptorebalancer.adapter.out.holdings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognises CoinTracking's three balance exports by their header. Values are CoinTracking's own
 * valuation at export time ("Current value in USD", "Value in USD"); the BTC columns, Type, shares,
 * prices and trends are not read.
 */
final class CoinTrackingFormats {

    /** Current Balance sums over all locations and has no location column: its rows are all here. */
    static final String ALL_LOCATIONS = "CoinTracking (all locations)";

    /**
     * One export: recognised when the header has every column it reads (in any order, extra columns
     * allowed), documented by the header CoinTracking writes.
     */
    private record Export(String title, String header, String code, Columns reads, String fixedLocation,
                          Function<ColumnFormat, CsvFormat> finish) {

        Optional<CsvFormat> recognise(CsvHeader fileHeader) {
            if (!fileHeader.hasAll(reads.present())) {
                return Optional.empty();
            }
            ColumnFormat format = fixedLocation == null
                    ? ColumnFormat.of(code, fileHeader, reads)
                    : ColumnFormat.atFixedLocation(code, fileHeader, reads, fixedLocation);
            return Optional.of(finish.apply(format));
        }
    }

    private static final List<Export> EXPORTS = List.of(
            new Export("CoinTracking Balance by Exchange",
                    "\"Amount\",\"Currency\",\"Current value in USD\",\"Current value in BTC\",\"Exchange\"",
                    "cointracking-balance-by-exchange",
                    new Columns("Currency", null, "Exchange", "Amount", "Current value in USD", null),
                    null, format -> format),
            new Export("CoinTracking Current Balance",
                    "\"Ticker\";\"Name\";\"Type\";\"Amount\";\"Value in USD\";\"Value in BTC\";\"% of total\";"
                            + "\"Price in BTC\";\"Price in USD\";\"Trend 1h in %\";\"Trend 24h in %\";"
                            + "\"Trend 7d in %\";\"Trend 30d in %\"",
                    "cointracking-current-balance",
                    new Columns("Ticker", "Name", null, "Amount", "Value in USD", null),
                    ALL_LOCATIONS, format -> format),
            new Export("CoinTracking Coins by Exchange",
                    "\"Amount\";\"Exchange\";\"Current value in USD\";\"Current value in BTC\";\"Coin\"",
                    "cointracking-coins-by-exchange",
                    new Columns("Coin", null, "Exchange", "Amount", "Current value in USD", null),
                    null, CoinsByExchange::new));

    private CoinTrackingFormats() {
    }

    /** The CoinTracking export whose header this is, if it is one. */
    public static Optional<CsvFormat> recognise(CsvHeader header) {
        for (Export export : EXPORTS) {
            Optional<CsvFormat> format = export.recognise(header);
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    /** "CoinTracking Balance by Exchange: "Amount","Currency",...": for the message about an unknown header. */
    public static List<String> supportedHeaders() {
        return EXPORTS.stream().map(export -> export.title() + ": " + export.header()).toList();
    }
}
