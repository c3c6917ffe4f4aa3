package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.UsdAmount;
import java.time.Instant;

/** A stored snapshot without its holdings: enough to list and chart snapshots. */
public record SnapshotSummary(long id, Instant takenAt, String source, String fileName, String format, int holdings,
                              UsdAmount totalUsd, Instant asOf) {
}
