package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.domain.money.Asset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills started from the API, run on one thread of their own so that a request answers at once and a
 * person follows the job; one at a time, since each asks the same rate-limited sources. The last
 * {@value #KEPT} jobs are kept, in this process's memory only: a restart forgets them (the days they stored
 * stay stored).
 */
final class BackfillJobs implements AutoCloseable {

    static final int KEPT = 10;
    private static final long CLOSE_WAIT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(BackfillJobs.class);

    /**
     * What asking for a backfill gave.
     *
     * @param job     the job started, or the one running that kept a new one from starting
     * @param started whether {@code job} was started now
     */
    record Start(BackfillJob job, boolean started) {
    }

    private final MarketPricesUseCase prices;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "price-backfill");
        thread.setDaemon(true); // a backfill never keeps the process from ending
        return thread;
    });
    /** Oldest first; guarded by this. */
    private final Map<Long, BackfillJob> jobs = new LinkedHashMap<>();
    private long lastId;

    BackfillJobs(MarketPricesUseCase prices) {
        this.prices = prices;
    }

    /** Starts a backfill of the coins over the last {@code days} days, unless one is running. */
    synchronized Start start(Set<Asset> coins, int days) {
        Optional<BackfillJob> running = jobs.values().stream().filter(BackfillJob::running).findFirst();
        if (running.isPresent()) {
            return new Start(running.get(), false);
        }
        BackfillJob job = new BackfillJob(++lastId, days, coins.size());
        jobs.put(job.id(), job);
        if (jobs.size() > KEPT) {
            // the eldest is never the running one: only the newest can be running
            jobs.remove(jobs.keySet().iterator().next());
        }
        Set<Asset> asked = Set.copyOf(coins);
        executor.execute(() -> run(job, asked, days));
        return new Start(job, true);
    }

    synchronized Optional<BackfillJob> get(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(BackfillJob job, Set<Asset> coins, int days) {
        try {
            Backfill result = prices.backfill(coins, days, job::coinDone);
            job.finished(result);
        } catch (InvalidCommandException e) {
            job.failed(e.getMessage());
        } catch (RuntimeException e) {
            if (executor.isShutdown()) { // interrupted because the server stops: expected, not a fault
                LOG.info("backfill job {} stopped with the server after {} of {} coins", job.id(), job.json().done(),
                        job.json().total());
                job.failed("the server stopped before the backfill was done; the days fetched until then are stored");
                return;
            }
            // as for a request that fails unexpectedly: the details go to the log, not to whoever follows the job
            LOG.atError().setCause(e).addKeyValue("backfill_job", job.id()).log("backfill job {} failed", job.id());
            job.failed("the backfill failed unexpectedly; the server log has the details (backfill job " + job.id() + ")");
        } finally {
            if (job.running()) { // an Error went by: the job must not block every later one
                job.failed("the backfill stopped unexpectedly; the server log may have the details (backfill job "
                        + job.id() + ")");
            }
        }
    }

    /** Stops the running backfill (its thread is interrupted) and waits a little for it to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a backfill was still running {} s after the server was asked to stop", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
