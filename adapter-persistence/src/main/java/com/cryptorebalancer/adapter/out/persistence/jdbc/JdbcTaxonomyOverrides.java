package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.SaveTaxonomyOverridesPort;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A person's taxonomy changes in three tables ({@code taxonomy_alias}, {@code taxonomy_group_order},
 * {@code taxonomy_location_kind}), replaced as a whole by each save. Saves lock the one row of
 * {@code taxonomy_state} first, so two saves at once end as one of them, never as a mix, and count
 * its {@code revision} up: a read of the revision alone tells whether what was read before is still
 * what is stored, so the tables are read again only after a change (by this process or another).
 */
public final class JdbcTaxonomyOverrides implements LoadTaxonomyOverridesPort, SaveTaxonomyOverridesPort {

    /** What was read last, at which revision. */
    private record Read(long revision, TaxonomyOverrides overrides) {
    }

    private final Jdbc jdbc;
    private volatile Read last;

    JdbcTaxonomyOverrides(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TaxonomyOverrides loadOverrides() {
        Read known = last;
        if (known != null && known.revision() == jdbc.read("read the taxonomy revision", JdbcTaxonomyOverrides::revision)) {
            return known.overrides();
        }
        // one transaction: the three tables as one save left them, and the revision they are
        Read read = jdbc.inTransaction("read the taxonomy overrides",
                connection -> new Read(revision(connection), load(connection)));
        last = read;
        return read.overrides();
    }

    private static long revision(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revision FROM taxonomy_state WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("taxonomy_state has no row 1; the migrations did not run completely");
            }
            return row.getLong(1);
        }
    }

    @Override
    public void saveOverrides(TaxonomyOverrides overrides) {
        Objects.requireNonNull(overrides, "taxonomy overrides must not be null");
        jdbc.inTransaction("save the taxonomy overrides", connection -> {
            lockState(connection);
            replace(connection, overrides);
            try (PreparedStatement saved = connection.prepareStatement(
                    "UPDATE taxonomy_state SET saved_at = CURRENT_TIMESTAMP WHERE id = 1")) {
                saved.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Locks the single row of {@code taxonomy_state} until the transaction ends.
     *
     * @return when the legacy taxonomy file was migrated, or null when that has not happened yet
     */
    static Instant lockState(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT file_migrated_at FROM taxonomy_state WHERE id = 1 FOR UPDATE");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("taxonomy_state has no row 1; the migrations did not run completely");
            }
            return Jdbc.getInstant(row, "file_migrated_at");
        }
    }

    static TaxonomyOverrides load(Connection connection) throws SQLException {
        Map<Asset, Group> aliases = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT symbol, group_name FROM taxonomy_alias");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                aliases.put(Asset.of(rows.getString("symbol")), Group.of(rows.getString("group_name")));
            }
        }
        List<Group> order = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT group_name FROM taxonomy_group_order ORDER BY position");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                order.add(Group.of(rows.getString("group_name")));
            }
        }
        Map<String, LocationKind> kinds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT location_key, kind FROM taxonomy_location_kind");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                kinds.put(rows.getString("location_key"), LocationKind.fromCode(rows.getString("kind")));
            }
        }
        return new TaxonomyOverrides(aliases, order, kinds);
    }

    /** Replaces what is stored with {@code overrides}; the caller holds the lock of {@link #lockState}. */
    static void replace(Connection connection, TaxonomyOverrides overrides) throws SQLException {
        try (PreparedStatement revised = connection.prepareStatement(
                "UPDATE taxonomy_state SET revision = revision + 1 WHERE id = 1")) {
            revised.executeUpdate();
        }
        for (String table : List.of("taxonomy_alias", "taxonomy_group_order", "taxonomy_location_kind")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table)) {
                delete.executeUpdate();
            }
        }
        List<Group> order = overrides.groupOrder();
        insertAll(connection, "INSERT INTO taxonomy_alias (symbol, group_name) VALUES (?, ?)",
                overrides.aliases().entrySet().stream()
                        .map(alias -> List.<Object>of(alias.getKey().symbol(), alias.getValue().name())).toList());
        insertAll(connection, "INSERT INTO taxonomy_group_order (position, group_name) VALUES (?, ?)",
                IntStream.range(0, order.size()).mapToObj(i -> List.<Object>of(i, order.get(i).name())).toList());
        insertAll(connection, "INSERT INTO taxonomy_location_kind (location_key, kind) VALUES (?, ?)",
                overrides.locationKinds().entrySet().stream()
                        .map(kind -> List.<Object>of(kind.getKey(), kind.getValue().code())).toList());
    }

    private static void insertAll(Connection connection, String sql, List<List<Object>> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int column = 0; column < row.size(); column++) {
                    insert.setObject(column + 1, row.get(column));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
