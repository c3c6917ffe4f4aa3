package com.cryptorebalancer.adapter.out.persistence.jdbc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL we can use, and how to name its database in words without credentials. H2 is always opened
 * in PostgreSQL mode: the migrations rely on it for exact NUMERIC columns.
 */
record DatabaseUrl(String jdbcUrl, Kind kind, String description) {

    enum Kind { H2, POSTGRESQL }

    /** The embedded database's file name under the data directory (H2 adds ".mv.db"). */
    static final String EMBEDDED_NAME = "rebalancer";

    /**
     * PostgreSQL mode, its lower-case names and null ordering; and a page cache of 8 MB (in KB) instead of
     * H2's default, a share of the heap that grows with it: saved plans go through the cache as pages of
     * megabytes that are seldom read again, and the server's heap is small.
     */
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=8192";
    private static final String NO_CLOSE_ON_EXIT = ";DB_CLOSE_ON_EXIT=FALSE";
    private static final Pattern H2_MODE = Pattern.compile(";MODE=([^;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTGRES = Pattern.compile("jdbc:postgresql:(?://([^/?]*))?/?([^?]*).*");

    /** The embedded H2 file {@code <dataDir>/rebalancer}. */
    static DatabaseUrl embedded(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME);
        return new DatabaseUrl("jdbc:h2:file:" + base + H2_SETTINGS, Kind.H2, "H2 (file " + base + ".mv.db)");
    }

    /**
     * This URL, for a process that closes the database itself in a shutdown hook: H2 then does not close it in
     * its own hook, which may run first and leave the owner's last writes without a database. Unchanged for
     * PostgreSQL, and for an H2 URL that says itself what to do at exit.
     */
    DatabaseUrl closedByOwner() {
        if (kind != Kind.H2 || jdbcUrl.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
            return this;
        }
        return new DatabaseUrl(jdbcUrl + NO_CLOSE_ON_EXIT, kind, description);
    }

    /** @throws DatabaseException naming only the URL's scheme when it is neither H2 nor PostgreSQL */
    static DatabaseUrl of(String jdbcUrl) {
        String lower = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(jdbcUrl.strip());
        }
        if (lower.startsWith("jdbc:h2:")) {
            return h2(jdbcUrl.strip());
        }
        throw new DatabaseException("unsupported database URL '" + scheme(jdbcUrl)
                + ":...': expected jdbc:postgresql://host:port/database or jdbc:h2:file:/path");
    }

    private static DatabaseUrl postgres(String url) {
        Matcher parts = POSTGRES.matcher(url);
        if (!parts.matches() || parts.group(2).isEmpty()) {
            throw new DatabaseException("PostgreSQL URL has no database name; expected jdbc:postgresql://host:port/database");
        }
        String host = parts.group(1) == null || parts.group(1).isEmpty() ? "localhost:5432" : parts.group(1);
        // a host written with a user ("user:secret@host") must not show its password
        host = host.substring(host.lastIndexOf('@') + 1);
        return new DatabaseUrl(url, Kind.POSTGRESQL, "PostgreSQL (" + host + "/" + parts.group(2) + ")");
    }

    private static DatabaseUrl h2(String url) {
        Matcher mode = H2_MODE.matcher(url);
        if (mode.find() && !mode.group(1).equalsIgnoreCase("PostgreSQL")) {
            throw new DatabaseException("H2 URL sets MODE=" + mode.group(1) + ", but the database needs MODE=PostgreSQL"
                    + " (in other modes H2 drops the decimals of NUMERIC columns); remove MODE from the URL");
        }
        StringBuilder withSettings = new StringBuilder(url);
        for (String setting : H2_SETTINGS.substring(1).split(";")) {
            String key = setting.substring(0, setting.indexOf('=') + 1).toUpperCase(Locale.ROOT);
            if (!url.toUpperCase(Locale.ROOT).contains(";" + key)) {
                withSettings.append(';').append(setting);
            }
        }
        // settings after ';' may hold a user or a password: the description stops before them
        String database = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        String description;
        if (database.startsWith("mem:")) {
            description = "H2 (in memory " + database.substring(4) + ")";
        } else if (database.startsWith("tcp:") || database.startsWith("ssl:")) {
            description = "H2 (server " + database + ")";
        } else {
            String file = database.startsWith("file:") ? database.substring(5) : database;
            description = "H2 (file " + file + ".mv.db)";
        }
        return new DatabaseUrl(withSettings.toString(), Kind.H2, description);
    }

    private static String scheme(String url) {
        String[] parts = url.strip().split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : parts[0];
    }
}
