package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.NewPlan;
import com.cryptorebalancer.application.port.out.PlanStore;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Saved plans in {@code saved_plan}: the request as JSON text and the plan as deflated JSON
 * ({@code plan_deflated}; plans saved before that are text in {@code plan}), exactly as given, and the
 * figures a list shows in columns of their own so that listing never parses a plan.
 */
public final class JdbcPlanStore implements PlanStore {

    private final Jdbc jdbc;

    JdbcPlanStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SavedPlan save(NewPlan plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        PlanReport report = plan.plan();
        PlanReport.Totals totals = report.totals();
        String request = JsonColumns.write(plan.request());
        byte[] result = JsonColumns.writeDeflated(report);
        return jdbc.inTransaction("save a plan of " + report.actions().size() + " actions", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saved_plan (created_at, snapshot_id,"
                    + " mode, portfolio_usd, sell_usd, buy_usd, action_count, request, plan_deflated, fingerprint)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                Jdbc.setInstant(insert, 1, plan.createdAt());
                Jdbc.setLong(insert, 2, plan.snapshotId());
                insert.setString(3, report.mode());
                insert.setString(4, totals == null ? null : totals.portfolioUsd());
                insert.setString(5, totals == null ? null : totals.sellUsd());
                insert.setString(6, totals == null ? null : totals.buyUsd());
                insert.setInt(7, report.actions().size());
                insert.setString(8, request);
                insert.setBytes(9, result);
                insert.setString(10, plan.fingerprint());
                executeReferring(insert, plan.snapshotId());
                return new SavedPlan(Jdbc.generatedId(insert), Jdbc.stored(plan.createdAt()), plan.snapshotId(),
                        plan.request(), report);
            }
        });
    }

    @Override
    public List<PlanSummary> list() {
        return jdbc.list("list the saved plans", "SELECT id, created_at, snapshot_id, mode, portfolio_usd, sell_usd,"
                + " buy_usd, action_count FROM saved_plan ORDER BY created_at DESC, id DESC",
                row -> new PlanSummary(row.getLong("id"), Jdbc.getInstant(row, "created_at"),
                        Jdbc.getLong(row, "snapshot_id"), row.getString("mode"), row.getString("portfolio_usd"),
                        row.getString("sell_usd"), row.getString("buy_usd"), row.getInt("action_count")));
    }

    @Override
    public Optional<SavedPlan> find(long id) {
        return jdbc.find("read saved plan " + id, "SELECT created_at, snapshot_id, request, plan, plan_deflated"
                + " FROM saved_plan"
                + " WHERE id = ?", id, row -> savedPlan(id, row));
    }

    @Override
    public OptionalLong findByFingerprint(String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        return jdbc.read("look for a saved plan by fingerprint", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM saved_plan WHERE fingerprint = ?"
                    + " ORDER BY id DESC")) {
                select.setMaxRows(1);
                select.setString(1, fingerprint);
                try (ResultSet found = select.executeQuery()) {
                    return found.next() ? OptionalLong.of(found.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return jdbc.delete("delete saved plan " + id, "DELETE FROM saved_plan WHERE id = ?", id);
    }

    private static void executeReferring(PreparedStatement insert, Long snapshotId) throws SQLException {
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.MISSING_REFERENCE.contains(e.getSQLState())) {
                throw new IllegalArgumentException("plan refers to snapshot " + snapshotId + ", which is not stored", e);
            }
            throw e;
        }
    }

    private static SavedPlan savedPlan(long id, ResultSet row) throws SQLException {
        PlanInputs request = JsonColumns.read(row.getString("request"), PlanInputs.class,
                "saved_plan.request of plan " + id);
        byte[] deflated = row.getBytes("plan_deflated");
        PlanReport plan = deflated != null
                ? JsonColumns.readDeflated(deflated, PlanReport.class, "saved_plan.plan_deflated of plan " + id)
                : JsonColumns.read(row.getString("plan"), PlanReport.class, "saved_plan.plan of plan " + id);
        return new SavedPlan(id, Jdbc.getInstant(row, "created_at"), Jdbc.getLong(row, "snapshot_id"), request, plan);
    }
}
