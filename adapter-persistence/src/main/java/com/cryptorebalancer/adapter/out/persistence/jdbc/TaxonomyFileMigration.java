package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.adapter.out.persistence.file.JsonTaxonomyOverridesFile;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * The one-time move of the taxonomy overrides from {@code <dataDir>/taxonomy.json} into the database.
 * On the first start with a database it imports the file when the database holds no overrides, in the
 * same transaction that records the move as done; afterwards it never looks at the file again, so
 * overrides removed in the database stay removed. The file is left where it is.
 */
final class TaxonomyFileMigration {

    private TaxonomyFileMigration() {
    }

    /**
     * @return what it did, in words
     * @throws com.cryptorebalancer.adapter.out.persistence.file.TaxonomyFileException when the file is
     *         there but unreadable or invalid: nothing is recorded, and the next start tries again
     */
    static String run(Jdbc jdbc, Path dataDir) {
        JsonTaxonomyOverridesFile file = new JsonTaxonomyOverridesFile(dataDir);
        return jdbc.inTransaction("move " + file.file() + " into the database", connection -> {
            // the lock makes a second process starting at the same moment wait, then find the move done
            if (JdbcTaxonomyOverrides.lockState(connection) != null) {
                return "done before";
            }
            String outcome;
            if (!Files.exists(file.file())) {
                outcome = "no " + file.file();
            } else if (!JdbcTaxonomyOverrides.load(connection).isEmpty()) {
                outcome = "kept the overrides already in the database; " + file.file() + " not imported";
            } else {
                TaxonomyOverrides overrides = file.loadOverrides();
                JdbcTaxonomyOverrides.replace(connection, overrides);
                outcome = "imported " + overrides.aliases().size() + " aliases, " + overrides.groupOrder().size()
                        + " groups in order and " + overrides.locationKinds().size() + " location kinds from "
                        + file.file();
            }
            try (PreparedStatement done = connection.prepareStatement("UPDATE taxonomy_state"
                    + " SET file_migrated_at = CURRENT_TIMESTAMP, file_migration = ? WHERE id = 1")) {
                done.setString(1, outcome);
                done.executeUpdate();
            }
            return outcome;
        });
    }
}
