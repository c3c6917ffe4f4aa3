package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.ImportResult;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.ImportSummary;
import java.time.Instant;

/** What {@code POST /api/v1/imports} answers: the snapshot the import became and what the import read and kept. */
record ImportJson(long snapshotId, Instant takenAt, String source, String fileName, ImportSummary report) {

    static ImportJson of(ImportResult result) {
        SnapshotSummary s = result.snapshot();
        return new ImportJson(s.id(), s.takenAt(), s.source(), s.fileName(), ImportSummary.of(result.report()));
    }
}
