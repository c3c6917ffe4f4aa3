package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.SnapshotSummary;

/** The snapshot an import became, and what the import read and kept. */
public record ImportResult(SnapshotSummary snapshot, ImportReport report) {
}
