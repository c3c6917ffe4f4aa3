package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.out.BackfillJobStore;
import com.cryptorebalancer.domain.money.Asset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backfill jobs in {@code job} (kind {@code backfill}): the state and times in columns, the counts, days and error
 * in a JSON document, and the coins done in {@code job_coin}, one row each, appended as the job goes (a job's
 * end, which may tell its coins otherwise, replaces them). Starting one locks the kind's row of {@code job_lock}
 * for the transaction, so that of two servers asked at once, the second sees the first's job running and starts
 * none.
 */
public final class JdbcBackfillJobStore implements BackfillJobStore {

    private static final String KIND = "backfill";
    private static final String COLUMNS = "id, state, document, started_at, updated_at";

    /** The document: what the columns and the coins' rows do not hold. */
    record Document(int days, int done, int total, String first, String last, String error) {

        static Document of(BackfillJob job) {
            return new Document(job.days(), job.done(), job.total(), text(job.first()), text(job.last()), job.error());
        }

        BackfillJob job(long id, BackfillJob.State state, List<Backfill.CoinOutcome> coins, Instant startedAt,
                        Instant updatedAt) {
            return new BackfillJob(id, state, days, done, total, coins, day(first), day(last), error, startedAt,
                    updatedAt);
        }

        private static String text(LocalDate day) {
            return day == null ? null : day.toString();
        }

        private static LocalDate day(String text) {
            return text == null ? null : LocalDate.parse(text);
        }
    }

    private final Jdbc jdbc;

    JdbcBackfillJobStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BackfillJobsUseCase.Start startUnlessRunning(int days, int total, Instant at, Duration aliveWithin, int kept) {
        return jdbc.inTransaction("start a backfill job", connection -> {
            lock(connection);
            Optional<BackfillJob> running = running(connection, at.minus(aliveWithin));
            if (running.isPresent()) {
                return new BackfillJobsUseCase.Start(running.get(), false);
            }
            BackfillJob job = BackfillJob.started(0, days, total, Jdbc.stored(at));
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job (kind, state, document,"
                    + " started_at, updated_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, KIND);
                insert.setString(2, state(job));
                insert.setString(3, JsonColumns.write(Document.of(job)));
                Jdbc.setInstant(insert, 4, at);
                Jdbc.setInstant(insert, 5, at);
                insert.executeUpdate();
                id = Jdbc.generatedId(insert);
            }
            try (PreparedStatement prune = connection.prepareStatement("DELETE FROM job WHERE kind = ? AND id <= ?")) {
                prune.setString(1, KIND);
                prune.setLong(2, id - kept);
                prune.executeUpdate();
            }
            return new BackfillJobsUseCase.Start(BackfillJob.started(id, days, total, Jdbc.stored(at)), true);
        });
    }

    @Override
    public void save(BackfillJob job) {
        jdbc.inTransaction("record backfill job " + job.id(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE job SET state = ?, document = ?, updated_at = ? WHERE id = ? AND kind = ?")) {
                update.setString(1, state(job));
                update.setString(2, JsonColumns.write(Document.of(job)));
                Jdbc.setInstant(update, 3, job.updatedAt());
                update.setLong(4, job.id());
                update.setString(5, KIND);
                if (update.executeUpdate() == 0) {
                    throw new SQLException("there is no backfill job " + job.id());
                }
            }
            int stored = job.running() ? storedCoins(connection, job.id()) : deleteCoins(connection, job.id());
            insertCoins(connection, job.id(), job.coins().subList(Math.min(stored, job.coins().size()), job.coins().size()),
                    stored);
            return null;
        });
    }

    private static int storedCoins(Connection connection, long id) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM job_coin WHERE job_id = ?")) {
            count.setLong(1, id);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** @return 0, the coins then stored */
    private static int deleteCoins(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM job_coin WHERE job_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        return 0;
    }

    private static void insertCoins(Connection connection, long id, List<Backfill.CoinOutcome> coins, int firstSeq)
            throws SQLException {
        if (coins.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO job_coin (job_id, seq, symbol, status,"
                + " missing, fetched, source, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = firstSeq;
            for (Backfill.CoinOutcome coin : coins) {
                insert.setLong(1, id);
                insert.setInt(2, seq++);
                insert.setString(3, coin.asset().symbol());
                insert.setString(4, coin.status().name());
                insert.setInt(5, coin.missing());
                insert.setInt(6, coin.fetched());
                insert.setString(7, coin.source());
                insert.setString(8, coin.message());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Backfill.CoinOutcome> coins(Connection connection, long id) throws SQLException {
        return coins(connection, List.of(id)).getOrDefault(id, List.of());
    }

    /** The coins of each of these jobs, in the order done, in one query. */
    private static Map<Long, List<Backfill.CoinOutcome>> coins(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, List<Backfill.CoinOutcome>> coins = new HashMap<>();
        if (ids.isEmpty()) {
            return coins;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT job_id, symbol, status, missing, fetched,"
                + " source, message FROM job_coin WHERE job_id IN (" + marks + ") ORDER BY job_id, seq")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    coins.computeIfAbsent(rows.getLong("job_id"), id -> new ArrayList<>()).add(new Backfill.CoinOutcome(
                            Asset.of(rows.getString("symbol")), Backfill.Status.valueOf(rows.getString("status")),
                            rows.getInt("missing"), rows.getInt("fetched"), rows.getString("source"),
                            rows.getString("message")));
                }
            }
        }
        return coins;
    }

    @Override
    public void alive(long id, Instant at) {
        jdbc.inTransaction("record that backfill job " + id + " is alive", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE job SET updated_at = ? WHERE id = ? AND kind = ? AND state = ?")) {
                Jdbc.setInstant(update, 1, at);
                update.setLong(2, id);
                update.setString(3, KIND);
                update.setString(4, BackfillJob.State.RUNNING.code());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<BackfillJob> get(long id) {
        return jdbc.read("read backfill job " + id, connection -> {
            Optional<Row> row = Jdbc.one(connection, "SELECT " + COLUMNS + " FROM job WHERE id = ? AND kind = '" + KIND
                    + "'", id, JdbcBackfillJobStore::row);
            return row.isEmpty() ? Optional.<BackfillJob>empty() : Optional.of(row.get().job(coins(connection, id)));
        });
    }

    @Override
    public List<BackfillJob> newest(int count) {
        return jdbc.read("list the newest backfill jobs", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE kind = ?"
                    + " ORDER BY id DESC LIMIT ?")) {
                select.setString(1, KIND);
                select.setInt(2, count);
                List<Row> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(row(rows));
                    }
                }
                Map<Long, List<Backfill.CoinOutcome>> coins = coins(connection, found.stream().map(Row::id).toList());
                return found.stream().map(row -> row.job(coins.getOrDefault(row.id(), List.of()))).toList();
            }
        });
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT kind FROM job_lock WHERE kind = ? FOR UPDATE")) {
            select.setString(1, KIND);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no job_lock row for jobs of kind " + KIND);
                }
            }
        }
    }

    /** The newest backfill still running that told something since {@code aliveSince}. */
    private static Optional<BackfillJob> running(Connection connection, Instant aliveSince) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM job"
                + " WHERE kind = ? AND state = ? AND updated_at >= ? ORDER BY id DESC")) {
            select.setString(1, KIND);
            select.setString(2, BackfillJob.State.RUNNING.code());
            Jdbc.setInstant(select, 3, aliveSince);
            Optional<Row> found;
            try (ResultSet rows = select.executeQuery()) {
                found = rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get().job(coins(connection, found.get().id())));
        }
    }

    private static String state(BackfillJob job) {
        return job.state().code();
    }

    /** A row of {@code job}, before its coins are read. */
    private record Row(long id, BackfillJob.State state, Document document, Instant startedAt, Instant updatedAt) {

        BackfillJob job(List<Backfill.CoinOutcome> coins) {
            return document.job(id, state, coins, startedAt, updatedAt);
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        BackfillJob.State state = BackfillJob.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT));
        return new Row(id, state, JsonColumns.read(row.getString("document"), Document.class,
                "job.document of backfill job " + id), Jdbc.getInstant(row, "started_at"), Jdbc.getInstant(row, "updated_at"));
    }
}
