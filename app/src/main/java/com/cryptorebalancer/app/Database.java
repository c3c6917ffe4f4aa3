package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;

/** Opens the configured database: PostgreSQL when a URL is set, else the embedded one in the data directory. */
final class Database {

    private Database() {
    }

    static JdbcDatabase open(AppConfig config) {
        return JdbcDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
    }

    /** For the server, whose shutdown hook closes the database after its backfill has recorded that it stopped. */
    static JdbcDatabase openForServer(AppConfig config) {
        return JdbcDatabase.openClosedByOwner(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir());
    }
}
