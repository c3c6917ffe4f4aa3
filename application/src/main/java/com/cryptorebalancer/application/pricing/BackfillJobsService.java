package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.BackfillJobStore;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs backfills on one thread of this server (or a command's, {@link #runHere}) and keeps each job in the
 * {@link BackfillJobStore}, after every coin and at its end, so that any server sharing the database answers how
 * far it got and starts no second one.
 * While a job runs its server tells the store it is alive every {@link #HEARTBEAT}; a job whose server stopped
 * without ending it (killed, lost) is failed once it has been silent for {@link #ALIVE_WITHIN}.
 */
public final class BackfillJobsService implements BackfillJobsUseCase, AutoCloseable {

    /** How long a running job may go without telling anything before it is taken for dead. */
    public static final Duration ALIVE_WITHIN = Duration.ofMinutes(10);
    /** How often a running job's server says it is alive, between coins too (a coin may take minutes). */
    public static final Duration HEARTBEAT = Duration.ofMinutes(1);
    /** Jobs kept in the store, the newest. */
    public static final int KEPT = 50;
    private static final long CLOSE_WAIT_SECONDS = 5;
    private static final System.Logger LOG = System.getLogger(BackfillJobsService.class.getName());

    private final MarketPricesUseCase prices;
    private final CurrentPortfolioUseCase portfolio;
    private final BackfillJobStore store;
    private final Clock clock;
    private final Duration beatEvery;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> daemon(task, "price-backfill"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "price-backfill-heartbeat"));

    public BackfillJobsService(MarketPricesUseCase prices, CurrentPortfolioUseCase portfolio, BackfillJobStore store,
                               Clock clock) {
        this(prices, portfolio, store, clock, HEARTBEAT);
    }

    /** @param beatEvery how often a running job is said to be alive ({@link #HEARTBEAT}; shorter in tests) */
    BackfillJobsService(MarketPricesUseCase prices, CurrentPortfolioUseCase portfolio, BackfillJobStore store, Clock clock,
                        Duration beatEvery) {
        this.prices = prices;
        this.portfolio = portfolio;
        this.store = store;
        this.clock = clock;
        this.beatEvery = beatEvery;
    }

    @Override
    public Start start(int days) {
        Claim claim = claim(days);
        Start start = claim.start();
        if (!start.started()) {
            return start;
        }
        try {
            executor.execute(() -> run(start.job(), claim.coins()));
            return start;
        } catch (RejectedExecutionException stopping) { // asked as the server stops: the job must not block the next
            BackfillJob failed = start.job().failed("the server was stopping when the backfill was asked for; ask again",
                    clock.instant());
            store.save(failed);
            return new Start(failed, true);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true); // a backfill never keeps the process from ending
        return thread;
    }

    @Override
    public Optional<BackfillJob> job(long id) {
        return store.get(id).map(this::aliveOrFailed);
    }

    @Override
    public List<BackfillJob> newest(int count) {
        if (count < 1 || count > MAX_LISTED) {
            throw new InvalidCommandException("limit", "limit must be between 1 and " + MAX_LISTED + ", was " + count);
        }
        return store.newest(count).stream().map(this::aliveOrFailed).toList();
    }

    private BackfillJob aliveOrFailed(BackfillJob job) {
        Instant silentSince = job.updatedAt();
        if (job.running() && silentSince.plus(ALIVE_WITHIN).isBefore(clock.instant())) {
            return job.failed("the server running this backfill stopped without ending it (nothing told since "
                    + silentSince + "); the days fetched until then are stored", silentSince);
        }
        return job;
    }

    /** The coins of the current portfolio counted in its totals. */
    private Set<Asset> coins() {
        return portfolio.current(BigDecimal.ZERO).view().overview().groups().stream()
                .flatMap(group -> group.coins().stream())
                .map(PortfolioOverview.CoinTotal::coin)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Start runHere(int days, MarketPricesUseCase.BackfillProgress told) {
        Claim claim = claim(days);
        Start start = claim.start();
        if (!start.started()) {
            return start;
        }
        Progress progress = new Progress(start.job(), told);
        ScheduledFuture<?> alive = beat(start.job().id());
        boolean interrupted = false;
        try {
            Backfill result = prices.backfill(claim.coins(), days, progress::coinDone);
            interrupted = Thread.currentThread().isInterrupted();
            progress.end(progress.job().finished(result, clock.instant()));
            return new Start(progress.job(), true);
        } catch (RuntimeException | Error e) { // the caller is told the details; the job says it ended
            interrupted = Thread.currentThread().isInterrupted();
            progress.end(progress.job().failed(e instanceof InvalidCommandException ? e.getMessage()
                    : e instanceof CancellationException ? "the command running the backfill was stopped; the days"
                    + " fetched until then are stored"
                    : "the backfill failed; the output of the command that ran it has the details", clock.instant()));
            throw e;
        } finally {
            alive.cancel(false);
            if (interrupted) {
                Thread.currentThread().interrupt(); // the caller's thread keeps its interrupt
            }
        }
    }

    /** A job asked for: started, or the running one; and the coins it is for. */
    private record Claim(Start start, Set<Asset> coins) {
    }

    /** Starts a job of the current portfolio's coins in the store, unless one is running anywhere. */
    private Claim claim(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidCommandException("days", "days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
        Set<Asset> coins = coins();
        return new Claim(store.startUnlessRunning(days, coins.size(), clock.instant(), ALIVE_WITHIN, KEPT), coins);
    }

    private ScheduledFuture<?> beat(long id) {
        return heartbeat.scheduleAtFixedRate(() -> alive(id), beatEvery.toMillis(), beatEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void run(BackfillJob started, Set<Asset> coins) {
        Progress progress = new Progress(started, (done, total, outcome) -> { });
        ScheduledFuture<?> alive = beat(started.id());
        try {
            Backfill result = prices.backfill(coins, started.days(), progress::coinDone);
            progress.end(progress.job().finished(result, clock.instant()));
        } catch (InvalidCommandException e) {
            progress.end(progress.job().failed(e.getMessage(), clock.instant()));
        } catch (RuntimeException e) {
            if (executor.isShutdown()) { // interrupted because the server stops: expected, not a fault
                LOG.log(Level.INFO, "backfill job " + started.id() + " stopped with the server after "
                        + progress.job().done() + " of " + progress.job().total() + " coins");
                progress.end(progress.job().failed("the server stopped before the backfill was done; the days fetched"
                        + " until then are stored", clock.instant()));
                return;
            }
            // as for a request that fails unexpectedly: the details go to the log, not to whoever follows the job
            LOG.log(Level.ERROR, "backfill job " + started.id() + " failed", e);
            progress.end(progress.job().failed("the backfill failed unexpectedly; the server log has the details"
                    + " (backfill job " + started.id() + ")", clock.instant()));
        } finally {
            alive.cancel(false);
            if (progress.job().running()) { // an Error went by: the job must not block every later one
                progress.end(progress.job().failed("the backfill stopped unexpectedly; the server log may have the"
                        + " details (backfill job " + started.id() + ")", clock.instant()));
            }
        }
    }

    private void alive(long id) {
        try {
            store.alive(id, clock.instant());
        } catch (RuntimeException e) { // the next beat, or the next coin, tries again
            LOG.log(Level.WARNING, "cannot tell that backfill job " + id + " is alive: " + e.getMessage());
        }
    }

    /** The job as the running backfill tells it, stored at each step. */
    private final class Progress {

        private volatile BackfillJob job;
        private final MarketPricesUseCase.BackfillProgress told;

        /** @param told told of each coin too, once it is stored */
        Progress(BackfillJob job, MarketPricesUseCase.BackfillProgress told) {
            this.job = job;
            this.told = told;
        }

        BackfillJob job() {
            return job;
        }

        void coinDone(int done, int total, Backfill.CoinOutcome outcome) {
            job = job.coinDone(done, total, outcome, clock.instant());
            // an interrupt (the server stopping) must not break the database's connection or file mid-write
            boolean interrupted = Thread.interrupted();
            try {
                store.save(job);
            } catch (RuntimeException e) { // the backfill goes on: its end is stored again in full
                LOG.log(Level.WARNING, "cannot record the progress of backfill job " + job.id() + ": " + e.getMessage());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt(); // the backfill stops at its next check
                }
            }
            told.coinDone(done, total, outcome);
        }

        void end(BackfillJob ended) {
            job = ended;
            Thread.interrupted(); // the backfill is over; its end is written whatever stopped it
            try {
                store.save(ended);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "cannot record the end of backfill job " + ended.id() + " (" + ended.state().code()
                        + "); it reads as running until " + ALIVE_WITHIN.toMinutes() + " minutes after its last progress", e);
            }
        }
    }

    /** Stops the running backfill (its thread is interrupted), waits a little for it to record its end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "a backfill was still running " + CLOSE_WAIT_SECONDS
                        + " s after the server was asked to stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeat.shutdownNow();
        }
    }
}
