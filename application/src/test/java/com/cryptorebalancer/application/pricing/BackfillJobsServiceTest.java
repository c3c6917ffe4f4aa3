package com.cryptorebalancer.application.pricing;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.application.backtest.FixedPortfolio;
import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase.Start;
import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.HoldingsWorth;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.out.InMemoryBackfillJobStore;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.testdata.TestClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackfillJobsServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate LAST = LocalDate.parse("2026-11-24");

    private final TestClock clock = new TestClock(T0);
    private final HeldBackfill prices = new HeldBackfill();
    private final InMemoryBackfillJobStore store = new InMemoryBackfillJobStore();
    private final BackfillJobsService service = new BackfillJobsService(prices, portfolio(), store, clock);

    private static FixedPortfolio portfolio() {
        return new FixedPortfolio(aPortfolio().with("BTC", "0.5", "30000").with("ETH", "4", "12000").with("DOGE", "100", "0.01"));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aJobIsStoredAtEachCoinAndEndsWithTheBackfillsOwnAccount() throws InterruptedException {
        prices.hold();

        Start start = service.start(30);

        assertThat(start.started()).isTrue();
        assertThat(start.job()).isEqualTo(BackfillJob.started(1, 30, 3, T0));
        assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();
        BackfillJob running = awaitStored(1, job -> job.done() == 1);
        assertThat(running.running()).isTrue();
        assertThat(running.coins()).extracting(coin -> coin.asset().symbol()).containsExactly("BTC");
        assertThat(prices.asked).as("every coin counted, dust included").containsExactlyInAnyOrder(
                Asset.of("BTC"), Asset.of("ETH"), Asset.of("DOGE"));
        assertThat(prices.days).isEqualTo(30);

        clock.advance(Duration.ofSeconds(5));
        prices.release();
        BackfillJob done = awaitStored(1, job -> !job.running());

        assertThat(done.state()).isEqualTo(BackfillJob.State.DONE);
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.first()).isEqualTo(LAST.minusDays(29));
        assertThat(done.last()).isEqualTo(LAST);
        assertThat(done.coins()).extracting(coin -> coin.status()).containsExactly(Backfill.Status.FETCHED,
                Backfill.Status.FETCHED, Backfill.Status.UNKNOWN);
        assertThat(done.startedAt()).isEqualTo(T0);
        assertThat(done.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aBackfillRunHereIsAJobLikeTheOthersAndEndsBeforeItReturns() {
        List<String> told = new ArrayList<>();

        Start run = service.runHere(30, (done, total, outcome) -> told.add(done + "/" + total + " "
                + store.get(1).orElseThrow().done()));

        assertThat(run.started()).isTrue();
        assertThat(run.job().state()).isEqualTo(BackfillJob.State.DONE);
        assertThat(run.job().coins()).hasSize(3);
        assertThat(store.get(1)).hasValue(run.job());
        assertThat(told).as("told of each coin once it is stored").containsExactly("1/3 1", "2/3 2", "3/3 3");
    }

    @Test
    void aBackfillRunHereIsRefusedWhileOneRunsAndRecordsItsOwnFailureBeforeThrowingIt() throws InterruptedException {
        prices.hold();
        service.start(30);
        assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

        Start refused = service.runHere(7, (done, total, outcome) -> { });

        assertThat(refused.started()).isFalse();
        assertThat(refused.job().id()).isEqualTo(1);
        prices.release();
        awaitStored(1, job -> !job.running());

        prices.failure = new IllegalStateException("disk full");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> service.runHere(7, (done, total, outcome) -> { })))
                .hasMessage("disk full");
        BackfillJob failed = store.get(2).orElseThrow();
        assertThat(failed.state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(failed.error()).as("the command prints the details; the job, seen by every server, does not")
                .isEqualTo("the backfill failed; the output of the command that ran it has the details");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> service.runHere(0, (d, t, o) -> { })).field())
                .isEqualTo("days");
    }

    @Test
    void whileOneRunsNoOtherStarts() throws InterruptedException {
        prices.hold();
        service.start(30);
        assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

        Start second = service.start(7);

        assertThat(second.started()).isFalse();
        assertThat(second.job().id()).isEqualTo(1);
        prices.release();
        awaitStored(1, job -> !job.running());
        assertThat(service.start(7).started()).as("another starts once it is done").isTrue();
    }

    @Test
    void daysOutsideOneTo3650AreRefusedBeforeAnythingStarts() {
        for (int days : new int[] {0, -1, 3651}) {
            InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> service.start(days));
            assertThat(refused.field()).isEqualTo("days");
            assertThat(refused).hasMessage("days must be between 1 and 3650, was " + days);
        }
        assertThat(store.get(1)).isEmpty();
    }

    @Test
    void aJobWhoseServerStoppedWithoutEndingItReadsFailedOnceSilentTooLongAndBlocksNoMore() {
        // started by another server sharing the database, which then died
        BackfillJob orphan = store.startUnlessRunning(30, 3, T0, BackfillJobsService.ALIVE_WITHIN, BackfillJobsService.KEPT).job();

        clock.advance(BackfillJobsService.ALIVE_WITHIN);
        assertThat(service.job(orphan.id())).hasValueSatisfying(job -> assertThat(job.running()).isTrue());
        assertThat(service.start(30).started()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        BackfillJob dead = service.job(orphan.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(dead.error()).contains("stopped without ending it").contains(T0.toString());
        assertThat(dead.updatedAt()).isEqualTo(T0);
        assertThat(service.newest(1)).containsExactly(dead);
        assertThat(service.start(30).started()).isTrue();
    }

    @Test
    void aRunningJobsServerSaysItIsAliveBetweenCoinsSoALongCoinDoesNotMakeItDead() throws InterruptedException {
        try (BackfillJobsService beating = new BackfillJobsService(prices, portfolio(), store, clock, Duration.ofMillis(10))) {
            prices.hold();
            beating.start(30);
            assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

            clock.advance(BackfillJobsService.ALIVE_WITHIN.plusMinutes(5)); // the second coin takes a quarter of an hour
            Instant now = clock.instant();
            awaitStored(1, job -> job.updatedAt().equals(now));

            assertThat(beating.job(1)).hasValueSatisfying(job -> assertThat(job.running()).isTrue());
            assertThat(beating.start(30).started()).isFalse();
            prices.release();
            assertThat(awaitStored(1, job -> !job.running()).state()).isEqualTo(BackfillJob.State.DONE);
        }
    }

    @Test
    void aBackfillAskedForAsTheServerStopsIsRecordedFailedAndBlocksNothing() {
        service.close();

        Start start = service.start(30);

        assertThat(start.job().state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(start.job().error()).contains("stopping");
        assertThat(store.get(start.job().id())).hasValue(start.job());
        assertThat(store.startUnlessRunning(30, 3, T0, BackfillJobsService.ALIVE_WITHIN, BackfillJobsService.KEPT)
                .started()).isTrue();
    }

    @Test
    void anUnexpectedFailureEndsTheJobWithoutItsInternalsAndAnInvalidCommandWithItsWords() {
        prices.failure = new IllegalStateException("the database connection is gone: jdbc:secret");
        service.start(30);
        BackfillJob failed = awaitStored(1, job -> !job.running());
        assertThat(failed.state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(failed.error()).contains("unexpectedly").contains("backfill job 1").doesNotContain("jdbc");
        assertThat(failed.coins()).as("the coin done before the failure is kept").hasSize(1);

        prices.failure = new InvalidCommandException("days", "no history source is configured");
        service.start(30);
        assertThat(awaitStored(2, job -> !job.running()).error()).isEqualTo("no history source is configured");
    }

    @Test
    void closingTheServiceStopsARunningJobAndRecordsWhy() throws InterruptedException {
        prices.hold();
        service.start(365);
        assertThat(prices.firstCoinDone.await(10, TimeUnit.SECONDS)).isTrue();

        service.close();

        BackfillJob stopped = store.get(1).orElseThrow();
        assertThat(stopped.state()).isEqualTo(BackfillJob.State.FAILED);
        assertThat(stopped.error()).contains("server stopped");
        assertThat(stopped.coins()).hasSize(1);
    }

    @Test
    void onlyTheNewestJobsAreKept() {
        for (int i = 1; i <= BackfillJobsService.KEPT + 1; i++) {
            assertThat(service.start(1).started()).isTrue();
            awaitStored(i, job -> !job.running());
        }

        assertThat(service.job(1)).isEmpty();
        assertThat(service.job(2)).isPresent();
        assertThat(service.job(BackfillJobsService.KEPT + 1)).isPresent();
        assertThat(service.newest(3)).extracting(BackfillJob::id).containsExactly(51L, 50L, 49L);
        assertThat(service.newest(BackfillJobsUseCase.MAX_LISTED)).hasSize(50);
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> service.newest(0)).field()).isEqualTo("limit");
        assertThat(catchThrowableOfType(InvalidCommandException.class, () -> service.newest(51))).hasMessageContaining("50");
    }

    /** The stored job {@code id} once it satisfies {@code condition} (the backfill runs on the service's thread). */
    private BackfillJob awaitStored(long id, Predicate<BackfillJob> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            BackfillJob job = store.get(id).orElseThrow();
            if (condition.test(job)) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " as awaited, still " + job).isBefore(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A backfill of the coins in their order (the last one unknown), which can be held after its first coin. */
    private static final class HeldBackfill implements MarketPricesUseCase {

        final CountDownLatch firstCoinDone = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean held;
        volatile RuntimeException failure;
        volatile Set<Asset> asked;
        volatile int days;

        void hold() {
            held = true;
        }

        void release() {
            released.countDown();
        }

        @Override
        public Backfill backfill(Set<Asset> coins, int days, BackfillProgress progress) {
            this.asked = Set.copyOf(coins);
            this.days = days;
            List<Asset> order = List.copyOf(coins);
            List<Backfill.CoinOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                Backfill.CoinOutcome outcome = i < order.size() - 1
                        ? new Backfill.CoinOutcome(order.get(i), Backfill.Status.FETCHED, days, days, "binance", null)
                        : new Backfill.CoinOutcome(order.get(i), Backfill.Status.UNKNOWN, days, 0, null,
                        "no history source lists " + order.get(i).symbol());
                outcomes.add(outcome);
                progress.coinDone(i + 1, order.size(), outcome);
                if (i == 0) {
                    firstCoinDone.countDown();
                    if (failure != null) {
                        throw failure;
                    }
                    awaitRelease();
                }
            }
            return new Backfill(LAST.minusDays(days - 1L), LAST, outcomes);
        }

        private void awaitRelease() {
            if (!held) {
                return;
            }
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the backfill was interrupted", e);
            }
        }

        @Override
        public Pricing now(Set<Asset> coins, String source) {
            throw new UnsupportedOperationException("not a live price test");
        }

        @Override
        public HistoryImport importHistory(Path path) {
            throw new UnsupportedOperationException("not an import test");
        }

        @Override
        public HoldingsWorth worth(Map<Asset, BigDecimal> quantities, int days) {
            throw new UnsupportedOperationException("not a worth test");
        }

        @Override
        public List<SourceHealth> sources() {
            throw new UnsupportedOperationException("not a health test");
        }

        @Override
        public List<StoredHistory> storedHistory() {
            throw new UnsupportedOperationException("not a stored history test");
        }
    }
}
