package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coins we know: ticker to group and full names, plus the coin to buy for a group that holds
 * nothing yet. The default table ships as {@code default-aliases.tsv} next to this class.
 */
public final class AliasTable {

    private static final String RESOURCE = "default-aliases.tsv";
    private static final String DEFAULT_COIN_MARKER = "@default";

    private final Map<Asset, AliasEntry> entries;
    private final Map<Group, Asset> defaultCoins;

    AliasTable(Map<Asset, AliasEntry> entries, Map<Group, Asset> defaultCoins) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.defaultCoins = Collections.unmodifiableMap(new LinkedHashMap<>(defaultCoins));
    }

    /** The table shipped with the product. */
    public static AliasTable defaults() {
        return Holder.DEFAULTS;
    }

    public Optional<AliasEntry> find(Asset symbol) {
        return Optional.ofNullable(entries.get(symbol));
    }

    AliasEntry get(Asset symbol) {
        return entries.get(symbol);
    }

    public Map<Asset, AliasEntry> entries() {
        return entries;
    }

    public Optional<Asset> defaultCoin(Group group) {
        return Optional.ofNullable(defaultCoins.get(group));
    }

    public Map<Group, Asset> defaultCoins() {
        return defaultCoins;
    }

    /** A copy with each symbol put in its group, keeping any names already known for it; one copy for them all. */
    AliasTable with(Map<Asset, Group> assignments) {
        Map<Asset, AliasEntry> copy = new LinkedHashMap<>(entries);
        assignments.forEach((symbol, group) -> {
            AliasEntry existing = copy.get(symbol);
            copy.put(symbol, existing == null ? AliasEntry.of(symbol, group) : existing.inGroup(group));
        });
        return new AliasTable(copy, defaultCoins);
    }

    private static final class Holder {
        static final AliasTable DEFAULTS = load();
    }

    private static AliasTable load() {
        try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default alias table " + RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default alias table " + RESOURCE, e);
        }
    }

    static AliasTable parse(BufferedReader reader) throws IOException {
        Map<Asset, AliasEntry> entries = new LinkedHashMap<>();
        Map<Group, Asset> defaults = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected tab-separated fields, got '" + line + "'");
            }
            if (fields[0].equals(DEFAULT_COIN_MARKER)) {
                defaults.put(Group.of(fields[1]), Asset.of(fields[2]));
                continue;
            }
            Asset symbol = Asset.of(fields[0]);
            List<String> names = fields.length > 2 ? Arrays.asList(fields[2].split("\\|")) : new ArrayList<>();
            if (entries.put(symbol, new AliasEntry(symbol, Group.of(fields[1]), names)) != null) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + symbol + " is listed twice");
            }
        }
        return new AliasTable(entries, defaults);
    }
}
