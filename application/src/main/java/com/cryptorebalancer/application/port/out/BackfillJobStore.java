package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Backfill jobs kept where every server sharing the database sees them, so that one runs at a time across all,
 * any of them can answer how far it got, and a restart does not forget it.
 */
public interface BackfillJobStore {

    /**
     * Starts a job ({@link BackfillJob#started}) unless one is running that told something since
     * {@code at - aliveWithin} (a running job silent for longer is taken for dead: its server stopped), and keeps
     * the newest {@code kept} jobs, the one started included; atomic across servers.
     */
    BackfillJobsUseCase.Start startUnlessRunning(int days, int total, Instant at, Duration aliveWithin, int kept);

    /** Records the job's progress or end, replacing what was stored under its number. */
    void save(BackfillJob job);

    /** Records that the running job {@code id} is alive at {@code at} (its server runs it still); nothing else changes. */
    void alive(long id, Instant at);

    Optional<BackfillJob> get(long id);

    /** The newest jobs, newest first, at most {@code count}. */
    List<BackfillJob> newest(int count);
}
