package com.cryptorebalancer.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * Something holdings can be read from: a file the user named, or a resource shipped with the product.
 * The port does no I/O itself: whoever makes a source (the app, for a file) says how to open it.
 *
 * @param name     how errors and reports name it (the file's path as the user gave it)
 * @param opener   opens a fresh stream of its bytes
 * @param modified when it was last written, if known (used as the valuation time when nothing better is known)
 */
public record HoldingsSource(String name, Opener opener, Instant modified) {

    /** Opens the source's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public HoldingsSource {
        Objects.requireNonNull(name, "source needs a name");
        Objects.requireNonNull(opener, "source " + name + " needs an opener");
    }

    /** The file name without directories, e.g. for finding a date in it. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
