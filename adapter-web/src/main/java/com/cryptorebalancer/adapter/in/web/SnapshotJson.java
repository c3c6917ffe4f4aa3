package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.ImportSummary;
import java.time.Instant;

/**
 * A stored snapshot with its import report.
 *
 * @param asOf the valuation time of its values (from the export), which may precede {@code takenAt}
 */
record SnapshotJson(long id, Instant takenAt, String source, String fileName, String format, int holdings,
                    String totalUsd, Instant asOf, ImportSummary report) {

    static SnapshotJson of(Snapshot snapshot) {
        SnapshotSummary s = snapshot.summary();
        return new SnapshotJson(s.id(), s.takenAt(), s.source(), s.fileName(), s.format(), s.holdings(),
                Amounts.usd(s.totalUsd()), s.asOf(), ImportSummary.of(snapshot.report()));
    }
}
