package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.DatabaseStatusPort;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The database: embedded H2 in the data directory by default, PostgreSQL for a
 * {@code jdbc:postgresql:} URL. Opening it migrates the schema (Flyway, {@code db/migration}) and moves
 * the legacy taxonomy file in once; then it hands out the stores, which share one small connection pool.
 */
public final class JdbcDatabase implements DatabaseStatusPort, AutoCloseable {

    /** Connections in the pool: enough for a few requests and an import at once, cheap to start. */
    private static final int MAX_CONNECTIONS = 6;
    private static final long CONNECT_TIMEOUT_MS = 10_000;
    /** H2 error "database may be already in use" (another process holds the file). */
    private static final int H2_FILE_LOCKED = 90020;
    /** The version of the newest migration in {@code db/migration} (a test holds this to the files there). */
    static final String NEWEST_MIGRATION = "4";

    private final HikariDataSource pool;
    private final String description;
    private final String taxonomyMigration;
    private final JdbcSnapshotStore snapshots;
    private final JdbcTargetProfileStore targetProfiles;
    private final JdbcPlanStore plans;
    private final JdbcSettingsStore settings;
    private final JdbcTaxonomyOverrides taxonomyOverrides;
    private final JdbcPriceHistoryStore priceHistory;
    private final JdbcBackfillJobStore backfillJobs;

    private JdbcDatabase(HikariDataSource pool, String description, Path dataDir) {
        this.pool = pool;
        this.description = description;
        Jdbc jdbc = new Jdbc(pool, description);
        this.taxonomyMigration = TaxonomyFileMigration.run(jdbc, dataDir);
        this.snapshots = new JdbcSnapshotStore(jdbc);
        this.targetProfiles = new JdbcTargetProfileStore(jdbc);
        this.plans = new JdbcPlanStore(jdbc);
        this.settings = new JdbcSettingsStore(jdbc);
        this.taxonomyOverrides = new JdbcTaxonomyOverrides(jdbc);
        this.priceHistory = new JdbcPriceHistoryStore(jdbc);
        this.backfillJobs = new JdbcBackfillJobStore(jdbc);
    }

    /**
     * Opens the database, brings its schema up to date and moves {@code <dataDir>/taxonomy.json} in if that
     * was never done.
     *
     * @param jdbcUrl  a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL, or null for the embedded H2 file
     *                 {@code <dataDir>/rebalancer.mv.db}
     * @param user     null for the URL's own (or H2's default)
     * @param password null for none; never logged nor put in a message
     * @throws DatabaseException when the URL is not supported, the database cannot be reached or refuses
     *                           the user, or the migrations fail
     */
    public static JdbcDatabase open(String jdbcUrl, String user, String password, Path dataDir) {
        return open(url(jdbcUrl, dataDir), user, password, dataDir);
    }

    /**
     * As {@link #open}, for a process that closes the database in its own shutdown hook after work that must still
     * write (a server recording that it stopped its backfill): an embedded H2 does not close itself at exit.
     */
    public static JdbcDatabase openClosedByOwner(String jdbcUrl, String user, String password, Path dataDir) {
        return open(url(jdbcUrl, dataDir).closedByOwner(), user, password, dataDir);
    }

    private static DatabaseUrl url(String jdbcUrl, Path dataDir) {
        Objects.requireNonNull(dataDir, "data directory must not be null");
        return jdbcUrl == null || jdbcUrl.isBlank() ? DatabaseUrl.embedded(dataDir) : DatabaseUrl.of(jdbcUrl);
    }

    private static JdbcDatabase open(DatabaseUrl url, String user, String password, Path dataDir) {
        HikariDataSource pool = connect(url, user, password);
        try {
            migrate(pool, url);
            return new JdbcDatabase(pool, url.description(), dataDir);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public JdbcSnapshotStore snapshots() {
        return snapshots;
    }

    public JdbcTargetProfileStore targetProfiles() {
        return targetProfiles;
    }

    public JdbcPlanStore plans() {
        return plans;
    }

    public JdbcSettingsStore settings() {
        return settings;
    }

    public JdbcTaxonomyOverrides taxonomy() {
        return taxonomyOverrides;
    }

    public JdbcPriceHistoryStore priceHistory() {
        return priceHistory;
    }

    public JdbcBackfillJobStore backfillJobs() {
        return backfillJobs;
    }

    /** What the one-time move of the taxonomy file did at this opening ("done before" after the first). */
    public String taxonomyMigration() {
        return taxonomyMigration;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String problem() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2) ? null : description + " did not answer within 2 s";
        } catch (SQLException e) {
            return "cannot reach " + description + ": " + e.getMessage();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The pool, for tests in this package that look at the tables themselves. */
    DataSource dataSource() {
        return pool;
    }

    private static HikariDataSource connect(DatabaseUrl url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rebalancer-db");
        config.setJdbcUrl(url.jdbcUrl());
        if (url.kind() == DatabaseUrl.Kind.H2) {
            config.setUsername(user == null ? "sa" : user);
            config.setPassword(password == null ? "" : password);
        } else {
            config.setUsername(user);
            config.setPassword(password);
            // one multi-row INSERT per batch instead of one statement per holding
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        // one connection at start (made while opening), the others only when asked for
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot open " + url.description() + as(user) + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(DataSource pool, DatabaseUrl url) {
        if (upToDate(pool)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    // text of any length kept apart from its row: H2 keeps TEXT (a VARCHAR to it) inside the row,
                    // so every insert next to a plan of megabytes would rewrite megabytes; its CLOB is stored aside
                    // (and bytes likewise: a BLOB on H2, named in full as its PostgreSQL mode wants; BYTEA on PostgreSQL)
                    .placeholders(Map.of("large_text", url.kind() == DatabaseUrl.Kind.H2 ? "CLOB" : "TEXT",
                            "large_binary", url.kind() == DatabaseUrl.Kind.H2 ? "BINARY LARGE OBJECT" : "BYTEA"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot bring the schema of " + url.description() + " up to date: "
                    + rootMessage(e), e);
        }
    }

    /**
     * Whether the schema history says the newest migration we ship is applied and none failed: then
     * Flyway, which costs a command about 50 ms to start and scan, has nothing to do. A new database (no
     * history yet), an older schema or a failed migration goes through Flyway, which migrates or says why not.
     */
    private static boolean upToDate(DataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet applied = statement.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL ORDER BY installed_rank DESC")) {
            if (!applied.next() || !NEWEST_MIGRATION.equals(applied.getString(1)) || !applied.getBoolean(2)) {
                return false;
            }
            while (applied.next()) {
                if (!applied.getBoolean(2)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    private static String as(String user) {
        return user == null ? "" : " as user '" + user + "'";
    }

    /** The deepest cause's message (Hikari and Flyway wrap the driver's words in their own), or why H2 is locked. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (true) {
            if (root instanceof SQLException && ((SQLException) root).getErrorCode() == H2_FILE_LOCKED) {
                return "the database file is in use by another process (is the server already running?)";
            }
            if (root.getCause() == null || root.getCause() == root) {
                return root.getMessage();
            }
            root = root.getCause();
        }
    }
}
