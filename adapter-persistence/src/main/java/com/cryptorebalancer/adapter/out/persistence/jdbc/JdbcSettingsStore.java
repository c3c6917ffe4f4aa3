package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.application.port.out.SettingsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Non-secret settings as text in {@code setting}, one row per key. */
public final class JdbcSettingsStore implements SettingsStore {

    private final Jdbc jdbc;

    JdbcSettingsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Sorted by key, so the same settings always come back in the same order. */
    @Override
    public Map<String, String> load() {
        return jdbc.read("read the settings", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT setting_key, setting_value FROM setting");
                 ResultSet rows = select.executeQuery()) {
                Map<String, String> settings = new TreeMap<>();
                while (rows.next()) {
                    settings.put(rows.getString("setting_key"), rows.getString("setting_value"));
                }
                return settings;
            }
        });
    }

    /**
     * Keys are written in sorted order, so that two saves at once lock rows in the same order and never
     * deadlock; when both add the same new key, the one that loses the race is run again, as an update.
     */
    @Override
    public void save(Map<String, String> changes) {
        Objects.requireNonNull(changes, "setting changes must not be null");
        changes.keySet().forEach(key -> Objects.requireNonNull(key, "a setting key must not be null"));
        try {
            apply(changes);
        } catch (DatabaseException e) {
            if (!(e.getCause() instanceof SQLException)
                    || !Jdbc.UNIQUE_VIOLATION.equals(((SQLException) e.getCause()).getSQLState())) {
                throw e;
            }
            apply(changes);
        }
    }

    private void apply(Map<String, String> changes) {
        jdbc.inTransaction("save the settings " + new TreeMap<>(changes).keySet(), connection -> {
            for (Map.Entry<String, String> change : new TreeMap<>(changes).entrySet()) {
                if (change.getValue() == null) {
                    remove(connection, change.getKey());
                } else {
                    put(connection, change.getKey(), change.getValue());
                }
            }
            return null;
        });
    }

    private static void remove(Connection connection, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM setting WHERE setting_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }

    /** An update, or an insert when there was nothing to update (the same on both databases). */
    private static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE setting SET setting_value = ? WHERE setting_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO setting (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }
}
