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
     * New cash fills the groups furthest below target, never selling: it goes first to the group with
     * the largest gap (in USD, which is in percentage points of the whole), then to the next as their
     * gaps become equal, until it is spent (water-filling). Every group that receives cash ends the same
     * distance below its target, the least distance the cash allows; groups above target keep their value.
     */
    private static Map<Group, Goal> buyOnly(Books books, TargetAllocation targets, BigDecimal whole, BigDecimal cash) {
        List<BigDecimal> gaps = new ArrayList<>();
        Map<Group, BigDecimal> targetOf = new LinkedHashMap<>();
        for (GroupBook group : books.groups.values()) {
            BigDecimal target = whole.multiply(targets.weight(group.group).fraction());
            targetOf.put(group.group, target);
            BigDecimal gap = target.subtract(group.value);
            if (gap.signum() > 0) {
                gaps.add(gap);
            }
        }
        BigDecimal level = fillLevel(gaps, cash);
        Map<Group, Goal> goals = new LinkedHashMap<>();
        for (GroupBook group : books.groups.values()) {
            BigDecimal target = targetOf.get(group.group);
            BigDecimal buy = target.subtract(group.value).subtract(level).max(BigDecimal.ZERO);
            goals.put(group.group, new Goal(target, group.value.add(buy), false));
        }
        return goals;
    }

    /**
     * The common shortfall {@code s} such that the gaps above it add up to the cash:
     * sum of max(0, gap - s) = cash. Zero when the cash covers every gap.
     */
    private static BigDecimal fillLevel(List<BigDecimal> gaps, BigDecimal cash) {
        gaps.sort(java.util.Comparator.reverseOrder());
        BigDecimal covered = BigDecimal.ZERO;
        for (int i = 0; i < gaps.size(); i++) {
            covered = covered.add(gaps.get(i));
            // with the i+1 largest gaps filled down to level s: covered - (i+1) * s = cash
            BigDecimal level = covered.subtract(cash).divide(BigDecimal.valueOf(i + 1L), Decimals.MC);
            BigDecimal next = i + 1 < gaps.size() ? gaps.get(i + 1) : BigDecimal.ZERO;
            if (level.compareTo(next) >= 0) {
                return level.max(BigDecimal.ZERO);
            }
        }
        return BigDecimal.ZERO;
    }
}
