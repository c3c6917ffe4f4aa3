package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.HistoryReport;
import java.util.List;

/** The stored snapshots, one by one and as a history of value by group. */
public interface SnapshotsUseCase {

    /** Newest first. */
    List<SnapshotSummary> list();

    /** @throws NotFoundException when there is no snapshot {@code id} */
    Snapshot get(long id);

    /** Every snapshot's total and value by group, oldest first, classified with the current taxonomy. */
    HistoryReport history();
}
