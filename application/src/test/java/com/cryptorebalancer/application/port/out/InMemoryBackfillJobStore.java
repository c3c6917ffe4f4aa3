package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** {@link BackfillJobStore} in memory, as the database keeps it (one running at a time, the newest kept). */
public final class InMemoryBackfillJobStore implements BackfillJobStore {

    private final TreeMap<Long, BackfillJob> jobs = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized BackfillJobsUseCase.Start startUnlessRunning(int days, int total, Instant at, Duration aliveWithin,
                                                                     int kept) {
        Optional<BackfillJob> running = jobs.descendingMap().values().stream()
                .filter(job -> job.running() && !job.updatedAt().isBefore(at.minus(aliveWithin)))
                .findFirst();
        if (running.isPresent()) {
            return new BackfillJobsUseCase.Start(running.get(), false);
        }
        BackfillJob job = BackfillJob.started(++lastId, days, total, at);
        jobs.put(job.id(), job);
        jobs.headMap(job.id() - kept, true).clear();
        return new BackfillJobsUseCase.Start(job, true);
    }

    @Override
    public synchronized void save(BackfillJob job) {
        if (!jobs.containsKey(job.id())) {
            throw new IllegalStateException("there is no backfill job " + job.id());
        }
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized void alive(long id, Instant at) {
        jobs.computeIfPresent(id, (key, job) -> job.running() ? job.aliveAt(at) : job);
    }

    @Override
    public synchronized List<BackfillJob> newest(int count) {
        return jobs.descendingMap().values().stream().limit(count).toList();
    }

    @Override
    public synchronized Optional<BackfillJob> get(long id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
