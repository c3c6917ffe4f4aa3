package com.cryptorebalancer.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The application's settings, read from environment variables prefixed {@code REBALANCER_} and from an
 * optional {@code .env} file in the working directory; a variable set in the real environment wins
 * over the same one in {@code .env}.
 *
 * @param dataDir where the taxonomy changes and the default targets are kept ({@code REBALANCER_DATA_DIR},
 *                default {@code data} in the working directory)
 * @param debug   print the stack trace of unexpected errors ({@code REBALANCER_DEBUG=1})
 */
public record AppConfig(Path dataDir, boolean debug) {

    public static final String PREFIX = "REBALANCER_";
    public static final String DATA_DIR = PREFIX + "DATA_DIR";
    public static final String DEBUG = PREFIX + "DEBUG";
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DOT_ENV = ".env";

    public AppConfig {
        Objects.requireNonNull(dataDir, "data directory must not be null");
    }

    /**
     * The settings for a process started in {@code workingDirectory} with {@code environment}.
     *
     * @throws InvalidConfigException when the {@code .env} file cannot be read or has a malformed line
     */
    public static AppConfig load(Map<String, String> environment, Path workingDirectory) {
        Map<String, String> settings = new HashMap<>(DotEnvFile.read(workingDirectory.resolve(DOT_ENV)));
        environment.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                settings.put(key, value);
            }
        });
        return of(settings);
    }

    /** The settings from variables already gathered; absent or blank ones take their defaults. */
    public static AppConfig of(Map<String, String> settings) {
        String dataDir = settings.getOrDefault(DATA_DIR, "").strip();
        String debug = settings.getOrDefault(DEBUG, "").strip();
        return new AppConfig(dataDir.isEmpty() ? DEFAULT_DATA_DIR : Path.of(dataDir),
                debug.equals("1") || debug.equalsIgnoreCase("true"));
    }
}
