package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.location.LocationRules;
import java.time.Instant;
import java.util.Objects;

/**
 * How to read a holdings source.
 *
 * @param lenient       import the good rows of a partly bad file (reporting the rest) instead of refusing it
 * @param asOf          the valuation time to give the source's values; null to take it from the file name
 *                      (a date such as 2025-08-26) or, failing that, from when the file was written
 * @param locationRules how location names become locations and kinds
 */
public record ImportOptions(boolean lenient, Instant asOf, LocationRules locationRules) {

    public ImportOptions {
        Objects.requireNonNull(locationRules, "import needs location rules");
    }

    public static ImportOptions strict(LocationRules rules) {
        return new ImportOptions(false, null, rules);
    }
}
