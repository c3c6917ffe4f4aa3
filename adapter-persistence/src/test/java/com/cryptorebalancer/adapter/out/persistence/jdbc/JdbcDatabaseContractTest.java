package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static com.cryptorebalancer.adapter.out.persistence.jdbc.StoreTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

class JdbcDatabaseContractTest {

    @DatabaseContract
    void itAnswersAndSaysWhatItIsWithoutCredentials(JdbcDatabase database) {
        assertThat(database.problem()).isNull();
        assertThat(database.describe()).matches("H2 \\(file /.+/rebalancer\\.mv\\.db\\)|PostgreSQL \\([^@]+:\\d+/\\w+\\)")
                .doesNotContain("password").doesNotContain("?").doesNotContain(";");
    }

    @DatabaseContract
    void aClosedDatabaseSaysItCannotBeReached(JdbcDatabase database) {
        database.close();

        assertThat(database.problem()).startsWith("cannot reach " + database.describe());
    }

    @DatabaseContract
    void everythingSurvivesARestartAndTheMigrationsRunOnce(DatabaseUnderTest db) {
        JdbcDatabase first = db.open();
        long snapshot = first.snapshots().save(StoreTestData.snapshot(T0, "x.csv", StoreTestData.variedHoldings())).id();
        long profile = first.targetProfiles().create("Growth", Map.of("BTC", new BigDecimal("100")), T0).id();
        long plan = first.plans().save(StoreTestData.plan(T0, snapshot)).id();
        first.settings().save(Map.of("pricing", "local"));
        long migrations = db.count("flyway_schema_history");

        JdbcDatabase again = db.reopen();

        assertThat(again.snapshots().find(snapshot).orElseThrow().holdings()).isEqualTo(StoreTestData.variedHoldings());
        assertThat(again.targetProfiles().find(profile)).isPresent();
        assertThat(again.plans().find(plan)).isPresent();
        assertThat(again.settings().load()).containsEntry("pricing", "local");
        assertThat(db.count("flyway_schema_history")).isEqualTo(migrations);
    }

    @DatabaseContract
    void theTablesAreTheOnesOfTheMigration(DatabaseUnderTest db) {
        db.open();
        for (String table : List.of("snapshot", "snapshot_holding", "target_profile", "saved_plan", "setting",
                "taxonomy_alias", "taxonomy_group_order", "taxonomy_location_kind")) {
            assertThat(db.count(table)).as(table).isZero();
        }
        assertThat(db.count("taxonomy_state")).isEqualTo(1);
    }
}
