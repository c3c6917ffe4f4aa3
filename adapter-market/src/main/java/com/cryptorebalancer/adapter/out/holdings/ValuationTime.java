package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time at which a source's values hold, and where that time came from.
 *
 * @param asOf  the valuation time
 * @param basis "given", "file name", "file modified" or "unknown"
 */
record ValuationTime(Instant asOf, String basis) {

    /** A date such as 2025-08-26, not part of a longer run of digits. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /**
     * The time given; else the first valid date in the file name, at 00:00 UTC (CoinTracking names its
     * exports after the day); else when the file was last written; else the epoch, labelled unknown.
     */
    static ValuationTime of(Instant given, HoldingsSource source) {
        if (given != null) {
            return new ValuationTime(given, "given");
        }
        Matcher date = DATE.matcher(source.fileName());
        while (date.find()) {
            try {
                Instant midnight = LocalDate.parse(date.group()).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new ValuationTime(midnight, "file name");
            } catch (DateTimeException notADate) {
                // 2025-13-45 looks like a date but is none: look further
            }
        }
        if (source.modified() != null) {
            return new ValuationTime(source.modified(), "file modified");
        }
        return new ValuationTime(Instant.EPOCH, "unknown");
    }
}
