package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.portfolio.Holding;
import java.util.List;

/** A stored snapshot: its summary, its holdings in the order they were read, and its import report. */
public record Snapshot(SnapshotSummary summary, List<Holding> holdings, ImportReport report) {

    public Snapshot {
        holdings = List.copyOf(holdings);
    }

    public long id() {
        return summary.id();
    }
}
