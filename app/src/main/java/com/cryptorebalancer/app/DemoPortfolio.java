package com.cryptorebalancer.app;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.io.FileNotFoundException;
import java.io.InputStream;

/**
 * The demo portfolio shipped inside the jar, used by {@code plan} and {@code groups} when no
 * {@code --input} is given, and always labelled as such. Its holdings are invented for the demo
 * (values typical of late August 2025); it is the one piece of made-up data in the product and it
 * never mixes with a person's own files.
 */
public final class DemoPortfolio {

    static final String FILE = "demo-portfolio-2025-08-26.csv";

    /** How reports and notes name it; the date in the file's name is its valuation date, as for any file. */
    public static final String NAME = "demo portfolio (bundled " + FILE + ")";

    static final String RESOURCE = "/com/cryptorebalancer/app/demo/" + FILE;

    private DemoPortfolio() {
    }

    /** The bundled file as a holdings source, valued (like any file) at the date in its name. */
    public static HoldingsSource source() {
        return new HoldingsSource(NAME, DemoPortfolio::open, null);
    }

    private static InputStream open() throws FileNotFoundException {
        InputStream in = DemoPortfolio.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new FileNotFoundException("the demo portfolio " + RESOURCE + " is missing from the build");
        }
        return in;
    }
}
