package com.cryptorebalancer.adapter.out.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plain JDBC with the two things every store needs: a unit of work that commits all or nothing, and
 * SQL errors turned into a {@link DatabaseException} that says what was being done on which database.
 */
final class Jdbc {

    /** SQLSTATE of a unique constraint violation, the same in PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of a row referring to a row that does not exist: 23503 in PostgreSQL, 23506 in H2. */
    static final Set<String> MISSING_REFERENCE = Set.of("23503", "23506");

    private final DataSource dataSource;
    private final String database;

    Jdbc(DataSource dataSource, String database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws anything
     * (an unchecked exception of the work, such as a name taken, passes through unchanged).
     */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Every row {@code sql} selects, in its order. */
    <T> List<T> list(String what, String sql, Row<T> row) {
        return read(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                List<T> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(row.map(rows));
                }
                return all;
            }
        });
    }

    /** The row {@code sql} selects with {@code id} as its one parameter, or empty when there is none. */
    <T> Optional<T> find(String what, String sql, long id, Row<T> row) {
        return read(what, connection -> one(connection, sql, id, row));
    }

    static <T> Optional<T> one(Connection connection, String sql, long id, Row<T> row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet found = select.executeQuery()) {
                return found.next() ? Optional.of(row.map(found)) : Optional.empty();
            }
        }
    }

    /** @return whether {@code sql}, with {@code id} as its one parameter, deleted a row */
    boolean delete(String what, String sql, long id) {
        return inTransaction(what, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Runs read-only {@code work} on a connection of the pool, without a transaction of its own. */
    <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("cannot " + what + " in " + database + ": " + e.getMessage()
                + " (SQLState " + e.getSQLState() + ")", e);
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Times are stored to the microsecond (PostgreSQL's precision), cut the same way on both databases. */
    static Instant stored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(stored(time), ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Long getLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** The key the database gave the row just inserted by {@code statement}. */
    static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
