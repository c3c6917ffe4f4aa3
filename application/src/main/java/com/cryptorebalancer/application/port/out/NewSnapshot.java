package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An import about to be stored as a snapshot.
 *
 * @param takenAt  when it was imported
 * @param source   how it came in: {@code upload}, {@code json} (holdings in a request body) or {@code cli}
 * @param fileName the file's name as the person gave it, or null for holdings sent as JSON
 * @param totalUsd the sum of the values of its priced holdings
 */
public record NewSnapshot(Instant takenAt, String source, String fileName, List<Holding> holdings, ImportReport report,
                          UsdAmount totalUsd) {

    public NewSnapshot {
        Objects.requireNonNull(takenAt, "snapshot needs a time");
        Objects.requireNonNull(source, "snapshot needs a source");
        holdings = List.copyOf(holdings);
        Objects.requireNonNull(report, "snapshot needs its import report");
        Objects.requireNonNull(totalUsd, "snapshot needs its total");
    }
}
