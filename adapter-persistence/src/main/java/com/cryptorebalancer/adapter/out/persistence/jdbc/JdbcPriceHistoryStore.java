package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.application.port.out.StoredHistory;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Daily closes in {@code price_history}, one row per coin and UTC day.
 *
 * <p>A save is an upsert written the same way for both databases. H2 2.x does not know PostgreSQL's
 * {@code INSERT ... ON CONFLICT DO UPDATE} (not even in PostgreSQL mode), and neither that nor the standard
 * {@code MERGE} (which both know) says how many rows were new, which the port must return. So a save first
 * reads which of its days are stored already (one range read per coin, on the primary key), then updates
 * those and inserts the others, in JDBC batches, all in one transaction.
 */
public final class JdbcPriceHistoryStore implements PriceHistoryStore {

    /** Rows sent per JDBC batch, as {@link SnapshotHoldings} does. */
    private static final int BATCH_SIZE = 1_000;
    /**
     * Runs of one save at most: a save loses a race when another one inserts the same new day between its
     * read and its insert (a unique violation, rolled back); run again, it finds that day and updates it.
     */
    private static final int ATTEMPTS = 3;
    /** Coins named in a failure's message. */
    private static final int NAMED_COINS = 5;

    private static final String STORED_DAYS = "SELECT close_day FROM price_history"
            + " WHERE asset = ? AND close_day BETWEEN ? AND ?";
    private static final String UPDATE = "UPDATE price_history SET close_usd = ?, source = ?"
            + " WHERE asset = ? AND close_day = ?";
    private static final String INSERT = "INSERT INTO price_history (close_usd, source, asset, close_day)"
            + " VALUES (?, ?, ?, ?)";
    private static final String CLOSES = "SELECT close_day, close_usd, source FROM price_history"
            + " WHERE asset = ? AND close_day BETWEEN ? AND ? ORDER BY close_day";
    private static final String COVERAGE = "SELECT asset, MIN(close_day) AS first_day, MAX(close_day) AS last_day,"
            + " COUNT(*) AS days FROM price_history GROUP BY asset";

    private final Jdbc jdbc;

    JdbcPriceHistoryStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When the list holds the same coin and day twice, the later close is the one stored (as a later save
     * would replace it). Rows are written sorted by coin and day, so that two saves at once lock rows in the
     * same order and never deadlock.
     *
     * @throws NullPointerException when the list or one of its closes is null (then nothing is stored)
     * @throws DatabaseException    when the database refuses a row (then nothing of this save is stored)
     */
    @Override
    public int save(List<DailyClose> closes) {
        NavigableMap<Key, DailyClose> rows = byKey(closes);
        if (rows.isEmpty()) {
            return 0;
        }
        String what = "save " + rows.size() + " daily closes of " + coinsOf(rows);
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.inTransaction(what, connection -> write(connection, rows));
            } catch (DatabaseException e) {
                if (attempt == ATTEMPTS || !isUniqueViolation(e.getCause())) {
                    throw e;
                }
            }
        }
    }

    /**
     * The values come back equal to those saved by {@code compareTo}, without trailing zeros: H2 keeps
     * {@code 65000.0} as {@code 6.5E+4}, PostgreSQL keeps the scale, and both give the same this way.
     *
     * @throws IllegalArgumentException when {@code first} is after {@code last}
     */
    @Override
    public List<DailyClose> closes(Asset coin, LocalDate first, LocalDate last) {
        Objects.requireNonNull(coin, "coin must not be null");
        Objects.requireNonNull(first, "first day must not be null");
        Objects.requireNonNull(last, "last day must not be null");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("first day " + first + " is after last day " + last + " for " + coin);
        }
        return jdbc.read("read the daily closes of " + coin + " from " + first + " to " + last, connection -> {
            try (PreparedStatement select = connection.prepareStatement(CLOSES)) {
                select.setString(1, coin.symbol());
                select.setObject(2, first);
                select.setObject(3, last);
                try (ResultSet rows = select.executeQuery()) {
                    Map<String, PriceSource> sources = new HashMap<>();
                    List<DailyClose> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new DailyClose(coin, rows.getObject("close_day", LocalDate.class),
                                rows.getBigDecimal("close_usd").stripTrailingZeros(),
                                sources.computeIfAbsent(rows.getString("source"), PriceSource::new)));
                    }
                    return found;
                }
            }
        });
    }

    /** Sorted by symbol here rather than by the database, whose collation of text may differ (PostgreSQL's locale). */
    @Override
    public List<StoredHistory> coverage() {
        List<StoredHistory> coverage = new ArrayList<>(jdbc.list("read which daily closes are stored", COVERAGE,
                row -> new StoredHistory(Asset.of(row.getString("asset")), row.getObject("first_day", LocalDate.class),
                        row.getObject("last_day", LocalDate.class), row.getInt("days"))));
        coverage.sort(Comparator.comparing(StoredHistory::asset));
        return coverage;
    }

    private static NavigableMap<Key, DailyClose> byKey(List<DailyClose> closes) {
        Objects.requireNonNull(closes, "daily closes must not be null");
        NavigableMap<Key, DailyClose> rows = new TreeMap<>();
        for (int i = 0; i < closes.size(); i++) {
            DailyClose close = closes.get(i);
            if (close == null) {
                throw new NullPointerException("daily close " + i + " of the " + closes.size() + " to save is null");
            }
            rows.put(new Key(close.asset().symbol(), close.day()), close);
        }
        return rows;
    }

    /** @return how many of the rows were not stored before */
    private static int write(Connection connection, NavigableMap<Key, DailyClose> rows) throws SQLException {
        Set<Key> stored = storedKeys(connection, rows);
        List<DailyClose> updates = new ArrayList<>();
        List<DailyClose> inserts = new ArrayList<>();
        for (Map.Entry<Key, DailyClose> row : rows.entrySet()) {
            (stored.contains(row.getKey()) ? updates : inserts).add(row.getValue());
        }
        // both statements take the same parameters in the same order
        inBatches(connection, UPDATE, updates);
        inBatches(connection, INSERT, inserts);
        return inserts.size();
    }

    /**
     * Which of the rows' (coin, day) are stored: per coin, the stored days between its first and last day in
     * the rows. A save of a few days far apart reads the days between too; an import or a daily fetch is
     * one range, and this costs one query per coin instead of one per day.
     */
    private static Set<Key> storedKeys(Connection connection, NavigableMap<Key, DailyClose> rows) throws SQLException {
        Set<Key> stored = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(STORED_DAYS)) {
            Key first = rows.firstKey();
            while (first != null) {
                Key last = rows.floorKey(new Key(first.asset(), LocalDate.MAX));
                select.setString(1, first.asset());
                select.setObject(2, first.day());
                select.setObject(3, last.day());
                try (ResultSet days = select.executeQuery()) {
                    while (days.next()) {
                        stored.add(new Key(first.asset(), days.getObject(1, LocalDate.class)));
                    }
                }
                first = rows.higherKey(last);
            }
        }
        return stored;
    }

    private static void inBatches(Connection connection, String sql, List<DailyClose> closes) throws SQLException {
        if (closes.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < closes.size(); i++) {
                DailyClose close = closes.get(i);
                statement.setBigDecimal(1, close.closeUsd());
                statement.setString(2, close.source().name());
                statement.setString(3, close.asset().symbol());
                statement.setObject(4, close.day());
                statement.addBatch();
                if ((i + 1) % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    /** Whether a unique violation is the failure or behind it (drivers put a batch's failure as the next exception). */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException) {
                for (SQLException next = (SQLException) e; next != null; next = next.getNextException()) {
                    if (Jdbc.UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "BTC, ETH" for the failure message; a save of many coins names the first few and counts the rest. */
    private static String coinsOf(NavigableMap<Key, DailyClose> rows) {
        Set<String> coins = new TreeSet<>();
        rows.keySet().forEach(key -> coins.add(key.asset()));
        List<String> named = coins.stream().limit(NAMED_COINS).toList();
        int more = coins.size() - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
    }

    /** A row's primary key, ordered by coin, then day. */
    private record Key(String asset, LocalDate day) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byAsset = asset.compareTo(other.asset);
            return byAsset != 0 ? byAsset : day.compareTo(other.day);
        }
    }
}
