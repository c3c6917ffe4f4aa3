package com.cryptorebalancer.domain.taxonomy;

import java.util.Locale;
import java.util.Objects;

/**
 * A group of coins the owner sets a target for (BTC, ETH, Stablecoins, ..., Others). Names are
 * compared without regard to case, so "stablecoins" names the same group as "Stablecoins".
 */
public final class Group {

    public static final Group OTHERS = new Group("Others");

    private static final int MAX_LENGTH = 60;

    private final String name;
    private final String key;

    private Group(String name) {
        Objects.requireNonNull(name, "group name must not be null");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("group name must not be blank, was '" + name + "'");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("group name is longer than " + MAX_LENGTH + " characters: '" + stripped + "'");
        }
        this.name = stripped;
        this.key = key(stripped);
    }

    public static Group of(String name) {
        return new Group(name);
    }

    /** The name as it is shown. */
    public String name() {
        return name;
    }

    /** The key under which groups are looked up by name. */
    public String key() {
        return key;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Group && ((Group) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
