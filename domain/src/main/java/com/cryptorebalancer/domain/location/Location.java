package com.cryptorebalancer.domain.location;

import java.util.Locale;
import java.util.Objects;

/**
 * A place that holds coins: an exchange account, a wallet, a manual entry.
 *
 * <p>Identity is the normalised {@link #key()}: "Kraken", " kraken " and "Kraken Balance" are one
 * location. {@link #name()} is the spelling shown to people (trimmed, without the trailing
 * " Balance").
 */
public record Location(String key, String name, LocationKind kind) implements Comparable<Location> {

    private static final String BALANCE_SUFFIX = " balance";

    public Location {
        Objects.requireNonNull(key, "location key must not be null");
        Objects.requireNonNull(name, "location name must not be null");
        Objects.requireNonNull(kind, "location kind must not be null");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("location name must not be blank");
        }
    }

    /** The spelling shown to people: trimmed, inner runs of spaces collapsed, trailing " Balance" removed. */
    public static String displayName(String raw) {
        Objects.requireNonNull(raw, "location name must not be null");
        String collapsed = raw.strip().replaceAll("\\s+", " ");
        if (collapsed.toLowerCase(Locale.ROOT).endsWith(BALANCE_SUFFIX)
                && collapsed.length() > BALANCE_SUFFIX.length()) {
            collapsed = collapsed.substring(0, collapsed.length() - BALANCE_SUFFIX.length()).strip();
        }
        return collapsed;
    }

    /** The identity of a location name: its display name in lower case. */
    public static String keyOf(String raw) {
        return displayName(raw).toLowerCase(Locale.ROOT);
    }

    /** Equality is by key only: the display spelling and the kind follow from it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Location && ((Location) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public int compareTo(Location other) {
        return key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return name;
    }
}
