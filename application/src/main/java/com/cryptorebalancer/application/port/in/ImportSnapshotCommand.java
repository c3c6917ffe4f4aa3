package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.HoldingsSource;

/**
 * Import holdings and keep them as a snapshot.
 *
 * @param origin  how they came in: {@code upload}, {@code json} or {@code cli}
 * @param lenient skip (and report) rows that cannot be read instead of refusing the whole file
 */
public record ImportSnapshotCommand(HoldingsSource source, String origin, boolean lenient) {

    public ImportSnapshotCommand {
        Validation.required(source, "file");
        Validation.required(origin, "origin");
    }
}
