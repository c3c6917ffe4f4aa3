package com.cryptorebalancer.domain.location;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place that holds coins: an exchange account, a wallet, a manual entry.
 *
 * <p>Identity is the normalised {@link #key()}: "Kraken", " kraken " and "Kraken Balance" are one
 * location. {@link #name()} is the spelling shown to people (trimmed, without the trailing
 * " Balance").
 */
public record Location(String key, String name, LocationKind kind) implements Comparable<Location> {

    private static final String BALANCE_SUFFIX = " balance";
    /** Runs of whitespace, including Unicode spaces such as the no-break space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /** The key is normalised here too, so that a location built from any spelling has the same identity. */
    public Location {
        Objects.requireNonNull(key, "location key must not be null");
        Objects.requireNonNull(name, "location name must not be null");
        Objects.requireNonNull(kind, "location kind must not be null");
        String raw = key;
        key = keyOf(key);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("location name must not be blank, was '" + raw + "'");
        }
    }

    /** The spelling shown to people: trimmed, inner runs of spaces collapsed, trailing " Balance" removed. */
    public static String displayName(String raw) {
        Objects.requireNonNull(raw, "location name must not be null");
        String collapsed = SPACES.matcher(raw).replaceAll(" ").strip();
        // a loop, not an if: normalising a normalised name must change nothing ("X Balance Balance")
        while (collapsed.toLowerCase(Locale.ROOT).endsWith(BALANCE_SUFFIX)
                && collapsed.length() > BALANCE_SUFFIX.length()) {
            collapsed = collapsed.substring(0, collapsed.length() - BALANCE_SUFFIX.length()).strip();
        }
        return collapsed;
    }

    /** The identity of a location name: its display name in lower case. */
    public static String keyOf(String raw) {
        return displayName(raw).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this is an exchange's futures, margin or funding account rather than its spot account:
     * coins there go to the spot account before they can be sold, and buys do not land there.
     */
    public boolean isSubAccount() {
        return kind == LocationKind.EXCHANGE_SPOT
                && (key.contains("futures") || key.contains("margin") || key.contains("funding"));
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
