package com.cryptorebalancer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build wrote into {@code version.properties}. */
public final class AppVersion {

    private static final String RESOURCE = "/com/cryptorebalancer/app/version.properties";

    private AppVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version");
    }
}
