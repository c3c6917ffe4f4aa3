package com.cryptorebalancer.application.port.in;

import java.util.List;
import java.util.Optional;

/**
 * Backfills of the current portfolio's daily history run as jobs, in the background or by a command: one at a
 * time across every process sharing the database (each asks the same rate-limited sources), and followed by
 * their number from any server.
 */
public interface BackfillJobsUseCase {

    /** Ten years: more than any source keeps of daily closes. */
    int MAX_DAYS = 3650;
    /** The most jobs {@link #newest} lists. */
    int MAX_LISTED = 50;

    /**
     * What asking for a backfill gave.
     *
     * @param job     the job started, or the one running that kept a new one from starting
     * @param started whether {@code job} was started now
     */
    record Start(BackfillJob job, boolean started) {
    }

    /**
     * Starts a backfill of the current portfolio's coins over the last {@code days} UTC days, unless one is
     * running: every coin counted in its totals, dust included (negative and unpriced holdings are not counted),
     * as {@code rebalancer prices backfill} takes them.
     *
     * @throws InvalidCommandException when days is not 1 to {@value #MAX_DAYS}
     */
    Start start(int days);

    /**
     * Runs a backfill of the current portfolio's coins (as {@link #start} takes them) here, on the calling thread,
     * as a job like the others: refused while one runs anywhere, followed by its number from any server.
     *
     * @param progress told after each coin is stored (for a progress bar)
     * @return the job ended (done or failed), or the running one that kept this one from starting
     * @throws InvalidCommandException when days is not 1 to {@value #MAX_DAYS}; the backfill's own failures are
     *                                 thrown too, once the job has recorded them
     */
    Start runHere(int days, MarketPricesUseCase.BackfillProgress progress);

    /** The job, as far as it got; one whose server stopped while it ran is failed. Empty for an unknown number. */
    Optional<BackfillJob> job(long id);

    /** The newest jobs, newest first, at most {@code count} (1 to {@value #MAX_LISTED}), each as {@link #job} tells it. */
    List<BackfillJob> newest(int count);
}
