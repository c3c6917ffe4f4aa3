package com.cryptorebalancer.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Long jobs that people follow (a backfill of price history), kept where every replica sees them: the one
 * running of a kind, its progress and its end. A job is a document its owner writes (what it has done so far),
 * its state, and when it last told anything; a running job silent for longer than the caller allows is taken
 * for dead (its replica stopped), so it never blocks the next one.
 */
public interface JobStore {

    /** One job as stored. */
    record StoredJob(long id, String kind, String state, String document, Instant startedAt, Instant updatedAt) {
    }

    /** What asking to start gave: the job started, or the one of that kind still running. */
    record Start(StoredJob job, boolean started) {
    }

    String RUNNING = "running";

    /**
     * Starts a job of {@code kind} with {@code document}, unless a job of that kind is running and told something
     * within {@code aliveWithin}; atomic across replicas.
     */
    Start startUnlessRunning(String kind, String document, Instant at, Duration aliveWithin);

    /** Records the job's progress or end; {@code state} is {@value #RUNNING} while it goes on. */
    void update(long id, String state, String document, Instant at);

    Optional<StoredJob> get(long id);
}
