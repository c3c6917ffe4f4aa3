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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Backfill jobs in {@code job} (kind {@code backfill}): the state and times in columns, the rest in a JSON
 * document. Starting one locks the kind's row of {@code job_lock} for the transaction, so that of two servers
 * asked at once, the second sees the first's job running and starts none.
 */
public final class JdbcBackfillJobStore implements BackfillJobStore {

    private static final String KIND = "backfill";
    private static final String COLUMNS = "id, state, document, started_at, updated_at";

    /** The document: what the columns do not hold. */
    record Document(int days, int done, int total, List<Coin> coins, String first, String last, String error) {

        record Coin(String symbol, String status, int missing, int fetched, String source, String message) {
        }

        static Document of(BackfillJob job) {
            return new Document(job.days(), job.done(), job.total(), job.coins().stream()
                    .map(coin -> new Coin(coin.asset().symbol(), coin.status().name(), coin.missing(), coin.fetched(),
                            coin.source(), coin.message()))
                    .toList(), text(job.first()), text(job.last()), job.error());
        }

        BackfillJob job(long id, BackfillJob.State state, Instant startedAt, Instant updatedAt) {
            List<Backfill.CoinOutcome> outcomes = coins.stream()
                    .map(coin -> new Backfill.CoinOutcome(Asset.of(coin.symbol()), Backfill.Status.valueOf(coin.status()),
                            coin.missing(), coin.fetched(), coin.source(), coin.message()))
                    .toList();
            return new BackfillJob(id, state, days, done, total, outcomes, day(first), day(last), error, startedAt,
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
            return null;
        });
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
        return jdbc.find("read backfill job " + id, "SELECT " + COLUMNS + " FROM job WHERE id = ? AND kind = '" + KIND
                + "'", id, JdbcBackfillJobStore::job);
    }

    @Override
    public List<BackfillJob> newest(int count) {
        return jdbc.read("list the newest backfill jobs", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE kind = ?"
                    + " ORDER BY id DESC LIMIT ?")) {
                select.setString(1, KIND);
                select.setInt(2, count);
                try (ResultSet rows = select.executeQuery()) {
                    List<BackfillJob> jobs = new ArrayList<>();
                    while (rows.next()) {
                        jobs.add(job(rows));
                    }
                    return jobs;
                }
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
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(job(rows)) : Optional.empty();
            }
        }
    }

    private static String state(BackfillJob job) {
        return job.state().code();
    }

    private static BackfillJob job(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        BackfillJob.State state = BackfillJob.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT));
        return JsonColumns.read(row.getString("document"), Document.class, "job.document of backfill job " + id)
                .job(id, state, Jdbc.getInstant(row, "started_at"), Jdbc.getInstant(row, "updated_at"));
    }
}
