package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.taxonomy.Group;
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

    public static SubAllocation withPrimaries(Map<Group, List<PrimaryCoin>> primaries) {
        Map<Group, List<PrimaryCoin>> copy = new LinkedHashMap<>();
        primaries.forEach((group, coins) -> {
            if (coins.isEmpty()) {
                throw new IllegalArgumentException("primary coins of " + group + " must not be empty");
            }
            Set<Object> seen = new HashSet<>();
            for (PrimaryCoin coin : coins) {
                if (!seen.add(coin.coin())) {
                    throw new IllegalArgumentException("primary coin " + coin.coin() + " is listed twice for " + group);
                }
            }
            copy.put(group, List.copyOf(coins));
        });
        return new SubAllocation(Map.copyOf(copy));
    }

    /** The primary coins of a group, when it has any. */
    public Optional<List<PrimaryCoin>> primaries(Group group) {
        return Optional.ofNullable(primaries.get(group));
    }

    public Map<Group, List<PrimaryCoin>> all() {
        return primaries;
    }
}
