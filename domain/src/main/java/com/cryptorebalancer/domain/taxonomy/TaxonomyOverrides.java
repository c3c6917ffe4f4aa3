package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a person changed in the default taxonomy: tickers assigned to groups, the order of groups
 * (which may include groups of their own), and location kinds decided by name. Persisted as is;
 * applied with {@link Taxonomy#withOverrides}.
 */
public record TaxonomyOverrides(Map<Asset, Group> aliases, List<Group> groupOrder,
                                Map<String, LocationKind> locationKinds) {

    public static final TaxonomyOverrides NONE = new TaxonomyOverrides(Map.of(), List.of(), Map.of());

    public TaxonomyOverrides {
        Objects.requireNonNull(aliases, "aliases must not be null");
        Objects.requireNonNull(groupOrder, "group order must not be null");
        Objects.requireNonNull(locationKinds, "location kinds must not be null");
        // sorted copies: the same overrides always serialise the same way
        aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
        groupOrder = List.copyOf(groupOrder);
        if (groupOrder.stream().distinct().count() != groupOrder.size()) {
            throw new IllegalArgumentException("group order lists a group twice: " + groupOrder);
        }
        locationKinds = Collections.unmodifiableMap(new TreeMap<>(locationKinds));
    }

    public TaxonomyOverrides withAlias(Asset symbol, Group group) {
        Map<Asset, Group> copy = new LinkedHashMap<>(aliases);
        copy.put(symbol, group);
        return new TaxonomyOverrides(copy, groupOrder, locationKinds);
    }

    public TaxonomyOverrides withoutAlias(Asset symbol) {
        Map<Asset, Group> copy = new LinkedHashMap<>(aliases);
        copy.remove(symbol);
        return new TaxonomyOverrides(copy, groupOrder, locationKinds);
    }

    /** The same overrides with the full group order replaced. */
    public TaxonomyOverrides withGroupOrder(List<Group> order) {
        return new TaxonomyOverrides(aliases, new ArrayList<>(order), locationKinds);
    }

    public TaxonomyOverrides withLocationKind(String locationName, LocationKind kind) {
        Map<String, LocationKind> copy = new LinkedHashMap<>(locationKinds);
        copy.put(Location.keyOf(locationName), kind);
        return new TaxonomyOverrides(aliases, groupOrder, copy);
    }

    public boolean isEmpty() {
        return aliases.isEmpty() && groupOrder.isEmpty() && locationKinds.isEmpty();
    }
}
