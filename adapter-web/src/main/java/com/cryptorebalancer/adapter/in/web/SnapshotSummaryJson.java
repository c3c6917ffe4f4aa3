package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.Amounts;
import java.time.Instant;

/** A snapshot without its report, for lists. */
record SnapshotSummaryJson(long id, Instant takenAt, String source, String fileName, String format, int holdings,
                           String totalUsd, Instant asOf) {

    static SnapshotSummaryJson of(SnapshotSummary s) {
        return new SnapshotSummaryJson(s.id(), s.takenAt(), s.source(), s.fileName(), s.format(), s.holdings(),
                Amounts.usd(s.totalUsd()), s.asOf());
    }
}
