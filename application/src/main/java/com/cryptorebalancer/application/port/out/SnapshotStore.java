package com.cryptorebalancer.application.port.out;

import java.util.List;
import java.util.Optional;

/** Imports kept as snapshots. Snapshots never change once stored. */
public interface SnapshotStore {

    /** Stores the snapshot, its holdings and its report in one transaction: all of it or nothing. */
    SnapshotSummary save(NewSnapshot snapshot);

    /** Every snapshot, newest first (by time, then by id). */
    List<SnapshotSummary> list();

    Optional<Snapshot> find(long id);

    /** The newest snapshot's summary, without loading its holdings. */
    Optional<SnapshotSummary> latest();
}
