package com.cryptorebalancer.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The application's settings, read from environment variables prefixed {@code REBALANCER_} and from an
 * optional {@code .env} file in the working directory; a variable set in the real environment wins
 * over the same one in {@code .env}.
 *
 * @param dataDir        where the embedded database, the taxonomy changes of earlier versions and the default
 *                       targets are kept ({@code REBALANCER_DATA_DIR}, default {@code data} in the working directory)
 * @param debug          print the stack trace of unexpected errors ({@code REBALANCER_DEBUG=1})
 * @param dbUrl          a {@code jdbc:postgresql:} URL to keep everything in PostgreSQL ({@code REBALANCER_DB_URL});
 *                       null for the embedded database under the data directory
 * @param dbUser         {@code REBALANCER_DB_USER}
 * @param dbPassword     {@code REBALANCER_DB_PASSWORD}; never printed
 * @param host           the address the server listens on ({@code REBALANCER_HOST}, default 127.0.0.1: this machine only)
 * @param port           the server's port ({@code REBALANCER_PORT}, default 8080; 0 picks a free one)
 * @param apiToken       when set, every API request needs {@code Authorization: Bearer <token>}
 *                       ({@code REBALANCER_API_TOKEN}); never printed
 * @param corsOrigins    origins allowed to call the API from a browser ({@code REBALANCER_CORS_ORIGINS}, comma
 *                       separated; none by default: CORS off)
 * @param maxUploadBytes the largest import a request may upload ({@code REBALANCER_MAX_UPLOAD}, e.g. {@code 20MB},
 *                       {@code 512KB} or a number of bytes; default 20 MB)
 * @param market         where live and historical prices come from ({@link MarketConfig})
 */
public record AppConfig(Path dataDir, boolean debug, String dbUrl, String dbUser, String dbPassword, String host,
                        int port, String apiToken, List<String> corsOrigins, long maxUploadBytes, MarketConfig market) {

    public static final String PREFIX = "REBALANCER_";
    public static final String DATA_DIR = PREFIX + "DATA_DIR";
    public static final String DEBUG = PREFIX + "DEBUG";
    public static final String DB_URL = PREFIX + "DB_URL";
    public static final String DB_USER = PREFIX + "DB_USER";
    public static final String DB_PASSWORD = PREFIX + "DB_PASSWORD";
    public static final String HOST = PREFIX + "HOST";
    public static final String PORT = PREFIX + "PORT";
    public static final String API_TOKEN = PREFIX + "API_TOKEN";
    public static final String CORS_ORIGINS = PREFIX + "CORS_ORIGINS";
    public static final String MAX_UPLOAD = PREFIX + "MAX_UPLOAD";
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    public static final String DOT_ENV = ".env";

    public AppConfig {
        Objects.requireNonNull(dataDir, "data directory must not be null");
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(market, "market settings must not be null");
        corsOrigins = List.copyOf(corsOrigins);
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidConfigException(DB_URL + " must be a jdbc:postgresql: URL (or unset for the embedded "
                    + "database), was '" + dbUrl + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new InvalidConfigException(PORT + " must be between 0 and 65535, was " + port);
        }
        if (maxUploadBytes <= 0) {
            throw new InvalidConfigException(MAX_UPLOAD + " must be more than 0 bytes, was " + maxUploadBytes);
        }
    }

    /** The command line's settings: a data directory, everything else by default. */
    public AppConfig(Path dataDir, boolean debug) {
        this(dataDir, debug, null, null, null, DEFAULT_HOST, DEFAULT_PORT, null, List.of(), DEFAULT_MAX_UPLOAD_BYTES,
                MarketConfig.DEFAULT);
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

    /**
     * The settings from variables already gathered; absent or blank ones take their defaults.
     *
     * @throws InvalidConfigException naming the variable whose value is malformed
     */
    public static AppConfig of(Map<String, String> settings) {
        String dataDir = value(settings, DATA_DIR);
        String debug = value(settings, DEBUG);
        String host = value(settings, HOST);
        String port = value(settings, PORT);
        String upload = value(settings, MAX_UPLOAD);
        String origins = value(settings, CORS_ORIGINS);
        return new AppConfig(dataDir == null ? DEFAULT_DATA_DIR : Path.of(dataDir),
                "1".equals(debug) || "true".equalsIgnoreCase(debug), value(settings, DB_URL), value(settings, DB_USER),
                settings.get(DB_PASSWORD), host == null ? DEFAULT_HOST : host, port == null ? DEFAULT_PORT : port(port),
                value(settings, API_TOKEN),
                origins == null ? List.of() : Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList(),
                upload == null ? DEFAULT_MAX_UPLOAD_BYTES : bytes(upload), MarketConfig.of(settings));
    }

    /** Whether the server asks for a token: said in words, never the token itself. */
    public boolean hasApiToken() {
        return apiToken != null;
    }

    @Override
    public String toString() {
        return "AppConfig[dataDir=" + dataDir + ", db=" + (dbUrl == null ? "embedded" : dbUrl) + ", host=" + host
                + ", port=" + port + ", apiToken=" + (hasApiToken() ? "set" : "not set") + ", corsOrigins=" + corsOrigins
                + ", maxUploadBytes=" + maxUploadBytes + ", market=" + market + "]";
    }

    private static String value(Map<String, String> settings, String key) {
        String value = settings.getOrDefault(key, "").strip();
        return value.isEmpty() ? null : value;
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(PORT + " must be a port number, was '" + text + "'");
        }
    }

    /** "20MB", "512KB", "1GB" (powers of 1024) or a number of bytes. */
    static long bytes(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (upper.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                upper = upper.substring(0, upper.length() - suffix[0].length());
                break;
            }
        }
        try {
            return Math.multiplyExact(Long.parseLong(upper), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidConfigException(MAX_UPLOAD + " must be a size such as 20MB, 512KB or a number of bytes, was '"
                    + text + "'");
        }
    }
}
