package com.cryptorebalancer.app;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo portfolio shipped inside the jar, used by {@code plan} and {@code groups} when no
 * {@code --input} is given, and always labelled as such. Its holdings are invented for the demo
 * (values typical of late August 2025); it is the one piece of made-up data in the product and it
 * never mixes with a person's own files.
 */
public final class DemoPortfolio {

    /** How reports and notes name it. */
    public static final String NAME = "demo portfolio (bundled)";

    static final String RESOURCE = "/com/cryptorebalancer/app/demo/demo-portfolio-2025-08-26.csv";

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private DemoPortfolio() {
    }

    /** The bundled file as a holdings source, valued at the date in its file name (start of that day, UTC). */
    public static HoldingsSource source() {
        return new HoldingsSource(NAME, DemoPortfolio::open, valuedAt());
    }

    static Instant valuedAt() {
        Matcher date = DATE.matcher(RESOURCE);
        if (!date.find()) {
            throw new IllegalStateException("the demo portfolio's file name has no date: " + RESOURCE);
        }
        return LocalDate.parse(date.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static InputStream open() throws FileNotFoundException {
        InputStream in = DemoPortfolio.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new FileNotFoundException("the demo portfolio " + RESOURCE + " is missing from the build");
        }
        return in;
    }
}
