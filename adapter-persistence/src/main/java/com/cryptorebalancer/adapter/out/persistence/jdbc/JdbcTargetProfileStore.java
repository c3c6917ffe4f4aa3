package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.NameTakenException;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Target profiles in {@code target_profile}. A name is unique regardless of case through the unique
 * {@code name_key} column (the name in lower case), so two people saving the same name at once cannot
 * both succeed: the loser gets a {@link NameTakenException} like anyone else.
 */
public final class JdbcTargetProfileStore implements TargetProfileStore {

    private static final String WHAT = "Target profile";
    private static final String COLUMNS = "id, name, targets, created_at, updated_at";

    private final Jdbc jdbc;

    JdbcTargetProfileStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Sorted here rather than by the database, whose collation differs between H2 and PostgreSQL. */
    @Override
    public List<TargetProfile> list() {
        List<TargetProfile> profiles = new ArrayList<>(jdbc.list("list the target profiles",
                "SELECT " + COLUMNS + " FROM target_profile", JdbcTargetProfileStore::profile));
        profiles.sort(Comparator.comparing(TargetProfile::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TargetProfile::name));
        return profiles;
    }

    @Override
    public Optional<TargetProfile> find(long id) {
        return jdbc.find("read target profile " + id, "SELECT " + COLUMNS + " FROM target_profile WHERE id = ?", id,
                JdbcTargetProfileStore::profile);
    }

    @Override
    public TargetProfile create(String name, Map<String, BigDecimal> targets, Instant at) {
        requireValues(name, targets, at);
        return jdbc.inTransaction("create target profile '" + name + "'", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO target_profile (name, name_key,"
                    + " targets, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, name);
                insert.setString(2, key(name));
                insert.setString(3, JsonColumns.writeTargets(targets));
                Jdbc.setInstant(insert, 4, at);
                Jdbc.setInstant(insert, 5, at);
                executeNamed(insert, name);
                return new TargetProfile(Jdbc.generatedId(insert), name, targets, Jdbc.stored(at), Jdbc.stored(at));
            }
        });
    }

    @Override
    public Optional<TargetProfile> update(long id, String name, Map<String, BigDecimal> targets, Instant at) {
        requireValues(name, targets, at);
        return jdbc.inTransaction("update target profile " + id, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE target_profile SET name = ?,"
                    + " name_key = ?, targets = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, name);
                update.setString(2, key(name));
                update.setString(3, JsonColumns.writeTargets(targets));
                Jdbc.setInstant(update, 4, at);
                update.setLong(5, id);
                if (executeNamed(update, name) == 0) {
                    return Optional.empty();
                }
            }
            return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM target_profile WHERE id = ?", id,
                    JdbcTargetProfileStore::profile);
        });
    }

    @Override
    public boolean delete(long id) {
        return jdbc.delete("delete target profile " + id, "DELETE FROM target_profile WHERE id = ?", id);
    }

    /** The unique key of a name: its lower case, so that "Growth" and "GROWTH" are one name. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Executes an insert or update of a name; the name's unique key refusing it means another profile has it. */
    private static int executeNamed(PreparedStatement statement, String name) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new NameTakenException(WHAT, name);
            }
            throw e;
        }
    }

    private static void requireValues(String name, Map<String, BigDecimal> targets, Instant at) {
        Objects.requireNonNull(name, "profile name must not be null");
        Objects.requireNonNull(targets, "targets of profile '" + name + "' must not be null");
        Objects.requireNonNull(at, "time of profile '" + name + "' must not be null");
    }

    private static TargetProfile profile(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return new TargetProfile(id, row.getString("name"),
                JsonColumns.readTargets(row.getString("targets"), "target_profile.targets of profile " + id),
                Jdbc.getInstant(row, "created_at"), Jdbc.getInstant(row, "updated_at"));
    }
}
