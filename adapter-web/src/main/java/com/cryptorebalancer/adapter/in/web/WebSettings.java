package com.cryptorebalancer.adapter.in.web;

import java.util.List;
import java.util.Objects;

/**
 * How the web server runs.
 *
 * @param host           the interface to bind to (the app passes 127.0.0.1 unless told otherwise)
 * @param port           0 for a free port chosen by the system
 * @param apiToken       when set, every {@code /api} request (but the API's own docs) needs
 *                       {@code Authorization: Bearer <token>}; null for none
 * @param corsOrigins    origins allowed to call the API from a browser; empty disables CORS
 * @param maxUploadBytes the largest request body accepted; 0 for {@link #DEFAULT_MAX_UPLOAD_BYTES}
 * @param system         what {@code GET /api/v1/system} tells about this installation
 */
public record WebSettings(String host, int port, String apiToken, List<String> corsOrigins, long maxUploadBytes,
                          SystemInfo system) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    /**
     * The installation as the system endpoint shows it; never a secret.
     *
     * @param database in words, e.g. "H2 (file data/rebalancer)"
     */
    public record SystemInfo(String dataDir, String database, String version, List<String> pricingModes) {

        public SystemInfo {
            Objects.requireNonNull(dataDir, "system info needs the data directory");
            Objects.requireNonNull(database, "system info needs the database");
            Objects.requireNonNull(version, "system info needs the version");
            pricingModes = List.copyOf(pricingModes);
        }
    }

    public WebSettings {
        Objects.requireNonNull(host, "web settings need a host to bind to");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (apiToken != null && apiToken.isBlank()) {
            throw new IllegalArgumentException("the API token must not be blank; leave it unset for none");
        }
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (maxUploadBytes < 0) {
            throw new IllegalArgumentException("the upload limit must not be negative, was " + maxUploadBytes);
        }
        maxUploadBytes = maxUploadBytes == 0 ? DEFAULT_MAX_UPLOAD_BYTES : maxUploadBytes;
        Objects.requireNonNull(system, "web settings need the system info");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "WebSettings[host=" + host + ", port=" + port + ", apiToken=" + (apiToken == null ? "not set" : "set")
                + ", corsOrigins=" + corsOrigins + ", maxUploadBytes=" + maxUploadBytes + ", system=" + system + "]";
    }
}
