package com.cryptorebalancer.app;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Holdings files named by a person, as sources the import reads. */
public final class HoldingsFiles {

    private HoldingsFiles() {
    }

    /** The file at {@code path}, named as given; its time is when it was last written, when that can be read. */
    public static HoldingsSource source(Path path) {
        Instant modified = null;
        try {
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            // unreadable: opening it reports the problem, with the file's name
        }
        return new HoldingsSource(path.toString(), () -> Files.newInputStream(path), modified);
    }
}
