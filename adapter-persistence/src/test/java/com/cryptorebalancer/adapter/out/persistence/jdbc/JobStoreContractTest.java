package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.JobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class JobStoreContractTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration ALIVE = Duration.ofMinutes(2);

    @DatabaseContract
    void aJobStartsRecordsItsProgressAndEndAndAnotherStartsOnlyAfterIt(JdbcDatabase database) {
        JobStore jobs = database.jobs();

        JobStore.Start first = jobs.startUnlessRunning("backfill", "{\"done\":0}", T0, ALIVE);
        JobStore.Start refused = jobs.startUnlessRunning("backfill", "{\"done\":0}", T0.plusSeconds(30), ALIVE);
        jobs.update(first.job().id(), JobStore.RUNNING, "{\"done\":1}", T0.plusSeconds(40));

        assertThat(first.started()).isTrue();
        assertThat(first.job().state()).isEqualTo("running");
        assertThat(refused.started()).isFalse();
        assertThat(refused.job().id()).isEqualTo(first.job().id());
        assertThat(jobs.get(first.job().id())).hasValueSatisfying(job -> {
            assertThat(job.document()).isEqualTo("{\"done\":1}");
            assertThat(job.startedAt()).isEqualTo(T0);
            assertThat(job.updatedAt()).isEqualTo(T0.plusSeconds(40));
        });

        jobs.update(first.job().id(), "done", "{\"done\":2}", T0.plusSeconds(50));
        JobStore.Start second = jobs.startUnlessRunning("backfill", "{}", T0.plusSeconds(60), ALIVE);
        assertThat(second.started()).isTrue();
        assertThat(second.job().id()).isGreaterThan(first.job().id());
        assertThat(jobs.get(first.job().id()).orElseThrow().state()).isEqualTo("done");
        assertThat(jobs.get(424_242)).isEmpty();
        assertThatThrownBy(() -> jobs.update(424_242, "done", "{}", T0)).hasMessageContaining("424242");
    }

    @DatabaseContract
    void aRunningJobSilentForLongerThanAllowedNoLongerBlocksTheNext(JdbcDatabase database) {
        JobStore jobs = database.jobs();
        JobStore.Start stalled = jobs.startUnlessRunning("backfill", "{}", T0, ALIVE);

        JobStore.Start next = jobs.startUnlessRunning("backfill", "{}", T0.plus(ALIVE).plusSeconds(1), ALIVE);

        assertThat(next.started()).isTrue();
        assertThat(next.job().id()).isNotEqualTo(stalled.job().id());
    }

    @DatabaseContract
    void ofManyStartsAtOnceExactlyOneStarts(JdbcDatabase database) throws Exception {
        JobStore jobs = database.jobs();

        List<JobStore.Start> starts = Concurrently.run(6, thread -> () -> jobs.startUnlessRunning("backfill", "{}", T0, ALIVE));

        assertThat(starts).filteredOn(JobStore.Start::started).hasSize(1);
        long started = starts.stream().filter(JobStore.Start::started).findFirst().orElseThrow().job().id();
        assertThat(starts).extracting(start -> start.job().id()).containsOnly(started);
    }
}
