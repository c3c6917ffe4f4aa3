package com.cryptorebalancer.adapter.out.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One fresh database for one test: an H2 file in a new temporary data directory, or a new schema of
 * the PostgreSQL database named by {@code REBALANCER_TEST_PG_URL} (dropped afterwards). Opened when the
 * test asks, so a test can put a taxonomy file in {@link #dataDir()} first, and reopened to see what
 * survives a restart.
 */
final class DatabaseUnderTest implements AutoCloseable {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final Path dataDir;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private JdbcDatabase open;

    private DatabaseUnderTest(Path dataDir, String url, String user, String password, String schema) {
        this.dataDir = dataDir;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    static DatabaseUnderTest h2() {
        return new DatabaseUnderTest(temporaryDirectory(), null, null, null, null);
    }

    static DatabaseUnderTest postgres() {
        String url = System.getenv("REBALANCER_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(DatabasesUnderTest.POSTGRES_PROPERTY + "=required, but REBALANCER_TEST_PG_URL"
                    + " is not set; start a database with: eval \"$(.ci/postgres.sh)\"");
        }
        String user = System.getenv("REBALANCER_TEST_PG_USER");
        String password = System.getenv("REBALANCER_TEST_PG_PASSWORD");
        String schema = "contract_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement create = admin.createStatement()) {
            create.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            create.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(DatabaseUrl.of(url).description() + " is required for this run ("
                    + DatabasesUnderTest.POSTGRES_PROPERTY + "=required) but cannot be used: " + e.getMessage(), e);
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new DatabaseUnderTest(temporaryDirectory(), schemaUrl, user, password, schema);
    }

    Path dataDir() {
        return dataDir;
    }

    /** The database, opened (migrations and the taxonomy file move included) on first use. */
    JdbcDatabase open() {
        if (open == null) {
            open = JdbcDatabase.open(url, user, password, dataDir);
        }
        return open;
    }

    /** Closes the database and opens it again, as a restart of the application would. */
    JdbcDatabase reopen() {
        closeDatabase();
        return open();
    }

    /** Runs SQL of the test's own on the open database (to break a table on purpose, or to count rows). */
    long count(String table) {
        try (Connection connection = open().dataSource().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Connection connection = open().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeDatabase();
        if (schema != null) {
            try (Connection admin = DriverManager.getConnection(url, user, password);
                 Statement drop = admin.createStatement()) {
                drop.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
            }
        }
        deleteRecursively(dataDir);
    }

    private void closeDatabase() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("rebalancer-db-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove test directory " + directory, e);
        }
    }
}
