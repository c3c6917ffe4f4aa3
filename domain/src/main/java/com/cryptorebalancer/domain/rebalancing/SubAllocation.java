package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.PriceLookup;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a group's trade is split among its coins. By default, in proportion to what is held (so the
 * group's mix is kept). A group may instead name primary coins with weights: its buys go to those
 * coins by weight, while its sells still come from what is held, in proportion.
 */
public final class SubAllocation {

    public static final SubAllocation PROPORTIONAL = new SubAllocation(Map.of());

    private final Map<Group, List<PrimaryCoin>> primaries;

    private SubAllocation(Map<Group, List<PrimaryCoin>> primaries) {
        this.primaries = primaries;
    }

    /**
     * Primary coins by group, each resolved by the taxonomy to the coin it is ({@code SOL2} is SOL) and
     * refused unless it belongs to that group: a group's buys must land in the group.
     */
    public static SubAllocation withPrimaries(Map<Group, List<PrimaryCoin>> primaries, Taxonomy taxonomy) {
        Map<Group, List<PrimaryCoin>> resolved = new LinkedHashMap<>();
        primaries.forEach((group, coins) -> {
            if (coins.isEmpty()) {
                throw new IllegalArgumentException("primary coins of " + group + " must not be empty");
            }
            Set<Asset> seen = new HashSet<>();
            List<PrimaryCoin> list = new ArrayList<>(coins.size());
            for (PrimaryCoin primary : coins) {
                Classification classification = taxonomy.classify(primary.coin(), null, null, PriceLookup.NONE);
                if (!classification.group().equals(group)) {
                    throw new IllegalArgumentException("primary coin " + primary.coin() + " of " + group + " is in "
                            + classification.group() + ": name a coin of " + group + ", or assign " + primary.coin()
                            + " to " + group + " first");
                }
                if (!seen.add(classification.coin())) {
                    throw new IllegalArgumentException("primary coin " + classification.coin() + " is listed twice for " + group);
                }
                list.add(new PrimaryCoin(classification.coin(), primary.weight()));
            }
            resolved.put(group, List.copyOf(list));
        });
        // insertion order kept: the same options always print the same way
        return new SubAllocation(Collections.unmodifiableMap(resolved));
    }

    /** The primary coins of a group, when it has any. */
    public Optional<List<PrimaryCoin>> primaries(Group group) {
        return Optional.ofNullable(primaries.get(group));
    }

    public Map<Group, List<PrimaryCoin>> all() {
        return primaries;
    }
}
