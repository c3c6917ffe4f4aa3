package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each group should be worth after the plan, by mode. {@code target} is the owner's share of the
 * whole (holdings plus new cash); {@code aim} is what this mode moves the group to.
 */
final class Goals {

    /** One group's target, what the mode aims at, and whether it is inside its band. */
    record Goal(BigDecimal target, BigDecimal aim, boolean withinBand) {
    }

    private Goals() {
    }

    static Map<Group, Goal> of(PlanOptions options, Books books, TargetAllocation targets, BigDecimal whole) {
        switch (options.mode()) {
            case BUY_ONLY:
                return buyOnly(books, targets, whole, options.cash().value());
            case BANDS:
                return bands(books, targets, whole, options.band());
            default:
                return full(books, targets, whole);
        }
    }

    private static Map<Group, Goal> full(Books books, TargetAllocation targets, BigDecimal whole) {
        Map<Group, Goal> goals = new LinkedHashMap<>();
        for (GroupBook group : books.groups.values()) {
            BigDecimal target = whole.multiply(targets.weight(group.group).fraction());
            goals.put(group.group, new Goal(target, target, false));
        }
        return goals;
    }

    /**
     * A group is outside its band when its weight differs from its target weight by strictly more than
     * the band's half-width; only such groups aim anywhere but where they are.
     */
    private static Map<Group, Goal> bands(Books books, TargetAllocation targets, BigDecimal whole, Band band) {
        Map<Group, Goal> goals = new LinkedHashMap<>();
        for (GroupBook group : books.groups.values()) {
            Weight weight = targets.weight(group.group);
            BigDecimal target = whole.multiply(weight.fraction());
            BigDecimal half = band.halfWidth(weight);
            BigDecimal current = whole.signum() == 0 ? BigDecimal.ZERO : group.value.divide(whole, Decimals.MC);
            BigDecimal drift = current.subtract(weight.fraction());
            if (drift.abs().compareTo(half) <= 0) {
                goals.put(group.group, new Goal(target, group.value, true));
                continue;
            }
            BigDecimal aim = target;
            if (band.goal() == Band.Goal.EDGE) {
                BigDecimal edge = drift.signum() > 0 ? weight.fraction().add(half) : weight.fraction().subtract(half);
                aim = whole.multiply(edge.max(BigDecimal.ZERO));
            }
            goals.put(group.group, new Goal(target, aim, false));
        }
        return goals;
    }

    /**
     * New cash fills the groups furthest below target, never selling: groups already above their share
     * keep their value, and the cash is spread over the others so that they all end at the same
     * fraction of their target (water-filling, repeated until no remaining group is above its share).
     */
    private static Map<Group, Goal> buyOnly(Books books, TargetAllocation targets, BigDecimal whole, BigDecimal cash) {
        List<GroupBook> active = new ArrayList<>();
        for (GroupBook group : books.groups.values()) {
            if (targets.weight(group.group).fraction().signum() > 0) {
                active.add(group);
            }
        }
        Map<Group, BigDecimal> aims = new LinkedHashMap<>();
        boolean frozeOne = true;
        while (frozeOne && !active.isEmpty()) {
            frozeOne = false;
            BigDecimal weights = BigDecimal.ZERO;
            BigDecimal pool = cash;
            for (GroupBook group : active) {
                weights = weights.add(targets.weight(group.group).fraction());
                pool = pool.add(group.value);
            }
            aims.clear();
            List<GroupBook> next = new ArrayList<>(active.size());
            for (GroupBook group : active) {
                BigDecimal share = pool.multiply(targets.weight(group.group).fraction()).divide(weights, Decimals.MC);
                if (group.value.compareTo(share) > 0) {
                    frozeOne = true;
                } else {
                    next.add(group);
                    aims.put(group.group, share);
                }
            }
            active = next;
        }
        Map<Group, Goal> goals = new LinkedHashMap<>();
        for (GroupBook group : books.groups.values()) {
            BigDecimal target = whole.multiply(targets.weight(group.group).fraction());
            goals.put(group.group, new Goal(target, aims.getOrDefault(group.group, group.value), false));
        }
        return goals;
    }
}
