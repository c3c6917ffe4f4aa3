package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static com.cryptorebalancer.adapter.out.persistence.jdbc.StoreTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.NewPlan;
import com.cryptorebalancer.application.port.out.PlanStore;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.report.PlanReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

class PlanStoreContractTest {

    @DatabaseContract
    void aPlanIsStoredDeflatedAndAPlanSavedAsTextBeforeThatStillReads(JdbcDatabase database) throws SQLException {
        NewPlan plan = StoreTestData.plan(T0, null);
        long deflated = database.plans().save(plan).id();
        long text;
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO saved_plan (created_at, mode,"
                     + " action_count, request, plan, fingerprint) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            Jdbc.setInstant(insert, 1, T0);
            insert.setString(2, plan.plan().mode());
            insert.setInt(3, plan.plan().actions().size());
            insert.setString(4, JsonColumns.write(plan.request()));
            insert.setString(5, JsonColumns.write(plan.plan()));
            insert.setString(6, "sha256:saved-as-text");
            insert.executeUpdate();
            text = Jdbc.generatedId(insert);
        }
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT plan, plan_deflated FROM saved_plan WHERE id = ?")) {
            select.setLong(1, deflated);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("plan")).isNull();
                assertThat(JsonColumns.readDeflated(row.getBytes("plan_deflated"), PlanReport.class, "test"))
                        .isEqualTo(plan.plan());
            }
        }

        assertThat(database.plans().find(text).orElseThrow().plan()).isEqualTo(plan.plan());
        assertThat(database.plans().find(deflated).orElseThrow().plan()).isEqualTo(plan.plan());
    }

    @DatabaseContract
    void aPlanComesBackExactlyAsSaved(JdbcDatabase database) {
        long snapshot = database.snapshots().save(StoreTestData.snapshot(T0, "x.csv", List.of())).id();
        NewPlan plan = StoreTestData.plan(T0.plusSeconds(1), snapshot);

        SavedPlan saved = database.plans().save(plan);
        SavedPlan found = database.plans().find(saved.id()).orElseThrow();

        assertThat(found).isEqualTo(saved);
        assertThat(found.request()).isEqualTo(plan.request());
        assertThat(found.plan()).isEqualTo(plan.plan());
        assertThat(found.snapshotId()).isEqualTo(snapshot);
        assertThat(found.createdAt()).isEqualTo(T0.plusSeconds(1));
    }

    @DatabaseContract
    void theListSummarisesNewestFirst(JdbcDatabase database) {
        PlanStore plans = database.plans();
        assertThat(plans.list()).isEmpty();
        long older = plans.save(StoreTestData.plan(T0, null)).id();
        long newer = plans.save(StoreTestData.plan(T0.plusSeconds(60), null)).id();
        long sameTimeAsOlder = plans.save(StoreTestData.plan(T0, null)).id();

        List<PlanSummary> list = plans.list();

        assertThat(list).extracting(PlanSummary::id).containsExactly(newer, sameTimeAsOlder, older);
        assertThat(list.get(0)).isEqualTo(new PlanSummary(newer, T0.plusSeconds(60), null, "bands", "66222.07",
                "1234.56", "1334.56", 1));
    }

    @DatabaseContract
    void unknownPlansAreEmptyAndDeleteSaysWhetherThereWasOne(JdbcDatabase database) {
        PlanStore plans = database.plans();
        assertThat(plans.find(7)).isEmpty();
        long id = plans.save(StoreTestData.plan(T0, null)).id();

        assertThat(plans.delete(id)).isTrue();
        assertThat(plans.delete(id)).isFalse();
        assertThat(plans.find(id)).isEmpty();
        assertThat(plans.list()).isEmpty();
    }

    @DatabaseContract
    void aPlanIsFoundByItsFingerprintUntilDeleted(JdbcDatabase database) {
        var plans = database.plans();
        NewPlan plan = StoreTestData.plan(T0, null);
        long first = plans.save(plan).id();
        long second = plans.save(plan).id();
        long other = plans.save(StoreTestData.plan(T0.plusSeconds(1), null)).id();

        assertThat(plans.findByFingerprint(plan.fingerprint())).as("the newest of the two").hasValue(second);
        assertThat(plans.findByFingerprint("sha256:none")).isEmpty();

        plans.delete(second);
        assertThat(plans.findByFingerprint(plan.fingerprint())).hasValue(first);
        plans.delete(first);
        assertThat(plans.findByFingerprint(plan.fingerprint())).isEmpty();
        assertThat(plans.find(other)).isPresent();
    }

    @DatabaseContract
    void aPlanOfASnapshotThatIsNotStoredIsRefused(JdbcDatabase database) {
        assertThatThrownBy(() -> database.plans().save(StoreTestData.plan(T0, 999L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plan refers to snapshot 999, which is not stored");
        assertThat(database.plans().list()).isEmpty();
    }

    @DatabaseContract
    void concurrentSavesAreAllKept(JdbcDatabase database) throws Exception {
        PlanStore plans = database.plans();
        List<Long> ids = Concurrently.run(8, thread -> () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                mine.add(plans.save(StoreTestData.plan(T0.plusSeconds(thread * 5 + i), null)).id());
            }
            return mine;
        }).stream().flatMap(List::stream).toList();

        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
        assertThat(plans.list()).extracting(PlanSummary::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(plans.list()).extracting(PlanSummary::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (long id : ids) {
            assertThat(plans.find(id).orElseThrow().plan()).isEqualTo(StoreTestData.plan(T0, null).plan());
        }
    }
}
