package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.JobStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Jobs in {@code job}. Starting one locks its kind's row of {@code job_lock} for the transaction, so that of two
 * replicas asked at once, the second sees the first's job running and starts none.
 */
public final class JdbcJobStore implements JobStore {

    private static final String COLUMNS = "id, kind, state, document, started_at, updated_at";

    private final Jdbc jdbc;

    JdbcJobStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Start startUnlessRunning(String kind, String document, Instant at, Duration aliveWithin) {
        Objects.requireNonNull(kind, "a job needs its kind");
        Objects.requireNonNull(document, "a job needs its document");
        return jdbc.inTransaction("start a " + kind + " job", connection -> {
            lock(connection, kind);
            Optional<StoredJob> running = running(connection, kind, at.minus(aliveWithin));
            if (running.isPresent()) {
                return new Start(running.get(), false);
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job (kind, state, document, started_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, kind);
                insert.setString(2, RUNNING);
                insert.setString(3, document);
                Jdbc.setInstant(insert, 4, at);
                Jdbc.setInstant(insert, 5, at);
                insert.executeUpdate();
                id = Jdbc.generatedId(insert);
            }
            return new Start(new StoredJob(id, kind, RUNNING, document, Jdbc.stored(at), Jdbc.stored(at)), true);
        });
    }

    @Override
    public void update(long id, String state, String document, Instant at) {
        jdbc.inTransaction("record the progress of job " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE job SET state = ?, document = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, state);
                update.setString(2, document);
                Jdbc.setInstant(update, 3, at);
                update.setLong(4, id);
                if (update.executeUpdate() == 0) {
                    throw new SQLException("there is no job " + id);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<StoredJob> get(long id) {
        return jdbc.find("read job " + id, "SELECT " + COLUMNS + " FROM job WHERE id = ?", id, JdbcJobStore::job);
    }

    private static void lock(Connection connection, String kind) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT kind FROM job_lock WHERE kind = ? FOR UPDATE")) {
            select.setString(1, kind);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no job_lock row for jobs of kind " + kind);
                }
            }
        }
    }

    /** The newest job of {@code kind} still running that told something since {@code aliveSince}. */
    private static Optional<StoredJob> running(Connection connection, String kind, Instant aliveSince) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM job"
                + " WHERE kind = ? AND state = ? AND updated_at >= ? ORDER BY id DESC")) {
            select.setString(1, kind);
            select.setString(2, RUNNING);
            Jdbc.setInstant(select, 3, aliveSince);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(job(rows)) : Optional.empty();
            }
        }
    }

    private static StoredJob job(ResultSet row) throws SQLException {
        return new StoredJob(row.getLong("id"), row.getString("kind"), row.getString("state"), row.getString("document"),
                Jdbc.getInstant(row, "started_at"), Jdbc.getInstant(row, "updated_at"));
    }
}
