package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.NewSnapshot;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Snapshots in the {@code snapshot} table, their holdings in {@code snapshot_holding} (see {@link SnapshotHoldings}). */
public final class JdbcSnapshotStore implements SnapshotStore {

    private static final String SUMMARY_COLUMNS =
            "id, taken_at, source, file_name, format, holding_count, total_usd, as_of";
    private static final String NEWEST_FIRST = " ORDER BY taken_at DESC, id DESC";

    private final Jdbc jdbc;

    JdbcSnapshotStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SnapshotSummary save(NewSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        ImportReport report = snapshot.report();
        String reportJson = JsonColumns.write(report);
        return jdbc.inTransaction("store the snapshot of " + describe(snapshot), connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO snapshot (taken_at, source,"
                    + " file_name, format, holding_count, total_usd, as_of, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                Jdbc.setInstant(insert, 1, snapshot.takenAt());
                insert.setString(2, snapshot.source());
                insert.setString(3, snapshot.fileName());
                insert.setString(4, report.format());
                insert.setInt(5, snapshot.holdings().size());
                insert.setBigDecimal(6, snapshot.totalUsd().value());
                Jdbc.setInstant(insert, 7, report.asOf());
                insert.setString(8, reportJson);
                insert.executeUpdate();
                id = Jdbc.generatedId(insert);
            }
            SnapshotHoldings.insert(connection, id, snapshot.holdings());
            return new SnapshotSummary(id, Jdbc.stored(snapshot.takenAt()), snapshot.source(), snapshot.fileName(),
                    report.format(), snapshot.holdings().size(), snapshot.totalUsd(), Jdbc.stored(report.asOf()));
        });
    }

    @Override
    public List<SnapshotSummary> list() {
        return jdbc.list("list the snapshots", "SELECT " + SUMMARY_COLUMNS + " FROM snapshot" + NEWEST_FIRST,
                JdbcSnapshotStore::summary);
    }

    @Override
    public Optional<Snapshot> find(long id) {
        // no transaction needed: a snapshot is committed with all its holdings and never changes after
        return jdbc.read("read snapshot " + id, connection -> Jdbc.one(connection,
                "SELECT " + SUMMARY_COLUMNS + ", report FROM snapshot WHERE id = ?", id, row -> {
                    ImportReport report = JsonColumns.read(row.getString("report"), ImportReport.class,
                            "snapshot.report of snapshot " + id);
                    return new Snapshot(summary(row), SnapshotHoldings.load(connection, id), report);
                }));
    }

    @Override
    public Optional<SnapshotSummary> latest() {
        return jdbc.list("find the latest snapshot", "SELECT " + SUMMARY_COLUMNS + " FROM snapshot" + NEWEST_FIRST
                + " FETCH FIRST 1 ROWS ONLY", JdbcSnapshotStore::summary).stream().findFirst();
    }

    private static SnapshotSummary summary(ResultSet row) throws SQLException {
        return new SnapshotSummary(row.getLong("id"), Jdbc.getInstant(row, "taken_at"), row.getString("source"),
                row.getString("file_name"), row.getString("format"), row.getInt("holding_count"),
                new UsdAmount(row.getBigDecimal("total_usd")), Jdbc.getInstant(row, "as_of"));
    }

    private static String describe(NewSnapshot snapshot) {
        return (snapshot.fileName() == null ? snapshot.source() : "'" + snapshot.fileName() + "'")
                + " (" + snapshot.holdings().size() + " holdings)";
    }
}
