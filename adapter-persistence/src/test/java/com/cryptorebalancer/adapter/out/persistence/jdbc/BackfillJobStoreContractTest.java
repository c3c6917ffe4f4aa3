package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase.Start;
import com.cryptorebalancer.application.port.out.BackfillJobStore;
import com.cryptorebalancer.domain.money.Asset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

class BackfillJobStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration ALIVE = Duration.ofMinutes(2);
    private static final int KEPT = 50;
    private static final Backfill.CoinOutcome BTC = new Backfill.CoinOutcome(Asset.of("BTC"), Backfill.Status.FETCHED,
            30, 29, "binance", null);
    private static final Backfill.CoinOutcome QWXJ = new Backfill.CoinOutcome(Asset.of("QWXJ"), Backfill.Status.UNKNOWN,
            30, 0, null, "no history source lists QWXJ");

    @DatabaseContract
    void aJobStartsRecordsItsProgressAndEndAndAnotherStartsOnlyAfterIt(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();

        Start first = jobs.startUnlessRunning(30, 2, T0, ALIVE, KEPT);
        Start refused = jobs.startUnlessRunning(7, 2, T0.plusSeconds(30), ALIVE, KEPT);
        BackfillJob oneDone = first.job().coinDone(1, 2, BTC, T0.plusSeconds(40));
        jobs.save(oneDone);

        assertThat(first.started()).isTrue();
        assertThat(first.job()).isEqualTo(BackfillJob.started(first.job().id(), 30, 2, T0));
        assertThat(refused.started()).isFalse();
        assertThat(refused.job().id()).isEqualTo(first.job().id());
        assertThat(jobs.get(first.job().id())).hasValue(oneDone);

        BackfillJob done = oneDone.finished(new Backfill(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-24"),
                List.of(BTC, QWXJ)), T0.plusSeconds(50));
        jobs.save(done);
        Start second = jobs.startUnlessRunning(7, 2, T0.plusSeconds(60), ALIVE, KEPT);

        assertThat(jobs.get(first.job().id())).as("read back as written, dates and outcomes included").hasValue(done);
        assertThat(second.started()).isTrue();
        assertThat(second.job().id()).isGreaterThan(first.job().id());
        assertThat(jobs.newest(2)).as("each with its own coins").containsExactly(second.job(), done);
        assertThat(jobs.get(424_242)).isEmpty();
        assertThatThrownBy(() -> jobs.save(BackfillJob.started(424_242, 1, 1, T0))).hasMessageContaining("424242");
    }

    @DatabaseContract
    void progressAppendsEachCoinInOrderAndTheEndReplacesThemWithTheBackfillsAccount(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();
        BackfillJob job = jobs.startUnlessRunning(30, 3, T0, ALIVE, KEPT).job();
        Backfill.CoinOutcome eth = new Backfill.CoinOutcome(Asset.of("ETH"), Backfill.Status.COMPLETE, 0, 0, null, null);

        for (Backfill.CoinOutcome coin : List.of(BTC, QWXJ, eth)) {
            job = job.coinDone(job.done() + 1, 3, coin, T0.plusSeconds(job.done() + 1));
            jobs.save(job);
            assertThat(jobs.get(job.id())).hasValue(job);
        }
        BackfillJob done = job.finished(new Backfill(LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-24"),
                List.of(eth, BTC)), T0.plusSeconds(9));
        jobs.save(done);

        assertThat(jobs.get(job.id())).hasValue(done);
        assertThat(jobs.newest(1)).containsExactly(done);
    }

    @DatabaseContract
    void aFailedJobKeepsItsReasonAndTheCoinsDoneBeforeIt(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();
        BackfillJob failed = jobs.startUnlessRunning(365, 3, T0, ALIVE, KEPT).job().coinDone(1, 3, QWXJ, T0.plusSeconds(1))
                .failed("the server stopped before the backfill was done", T0.plusSeconds(2));

        jobs.save(failed);

        assertThat(jobs.get(failed.id())).hasValue(failed);
        assertThat(jobs.startUnlessRunning(365, 3, T0.plusSeconds(3), ALIVE, KEPT).started()).isTrue();
    }

    @DatabaseContract
    void aRunningJobSilentForLongerThanAllowedNoLongerBlocksTheNext(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();
        Start stalled = jobs.startUnlessRunning(30, 1, T0, ALIVE, KEPT);

        Start next = jobs.startUnlessRunning(30, 1, T0.plus(ALIVE).plusSeconds(1), ALIVE, KEPT);

        assertThat(next.started()).isTrue();
        assertThat(next.job().id()).isNotEqualTo(stalled.job().id());
    }

    @DatabaseContract
    void aRunningJobSaidAliveBlocksTheNextAndAnEndedOneIsLeftAsItWas(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();
        Start running = jobs.startUnlessRunning(30, 1, T0, ALIVE, KEPT);

        jobs.alive(running.job().id(), T0.plus(ALIVE));
        Start refused = jobs.startUnlessRunning(30, 1, T0.plus(ALIVE).plusSeconds(1), ALIVE, KEPT);

        assertThat(refused.started()).isFalse();
        assertThat(jobs.get(running.job().id())).hasValue(running.job().aliveAt(T0.plus(ALIVE)));

        BackfillJob failed = running.job().failed("the server stopped", T0.plusSeconds(5));
        jobs.save(failed);
        jobs.alive(failed.id(), T0.plusSeconds(9));
        assertThat(jobs.get(failed.id())).hasValue(failed);
    }

    @DatabaseContract
    void onlyTheNewestJobsAreKept(JdbcDatabase database) {
        BackfillJobStore jobs = database.backfillJobs();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BackfillJob job = jobs.startUnlessRunning(1, 0, T0.plusSeconds(i), ALIVE, 3).job();
            jobs.save(job.finished(new Backfill(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24"), List.of()),
                    T0.plusSeconds(i)));
            ids.add(job.id());
        }

        assertThat(jobs.get(ids.get(0))).isEmpty();
        assertThat(ids.subList(1, 4)).allSatisfy(id -> assertThat(jobs.get(id)).isPresent());
        assertThat(jobs.newest(2)).extracting(BackfillJob::id).containsExactly(ids.get(3), ids.get(2));
        assertThat(jobs.newest(10)).extracting(BackfillJob::id).containsExactly(ids.get(3), ids.get(2), ids.get(1));
    }

    @DatabaseContract
    void ofManyStartsAtOnceExactlyOneStarts(JdbcDatabase database) throws Exception {
        BackfillJobStore jobs = database.backfillJobs();

        List<Start> starts = Concurrently.run(6, thread -> () -> jobs.startUnlessRunning(30, 1, T0, ALIVE, KEPT));

        assertThat(starts).filteredOn(Start::started).hasSize(1);
        long started = starts.stream().filter(Start::started).findFirst().orElseThrow().job().id();
        assertThat(starts).extracting(start -> start.job().id()).containsOnly(started);
    }
}
