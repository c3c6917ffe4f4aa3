package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The share of the portfolio the owner wants in each group, in percent. The percentages must add up
 * to 100 within {@link #SUM_TOLERANCE}; groups not named get 0 %. Weights are the percentages divided
 * by their actual sum, so a sum of 99.995 still allocates exactly the whole portfolio.
 */
public final class TargetAllocation {

    /** How far from 100 the sum of the percentages may be. */
    public static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.01");

    /** A percentage has at most this many decimals (0.0000000001 %). */
    public static final int MAX_DECIMALS = 10;

    private final Map<Group, BigDecimal> percents;
    private final BigDecimal sum;

    private TargetAllocation(Map<Group, BigDecimal> percents, BigDecimal sum) {
        this.percents = Collections.unmodifiableMap(percents);
        this.sum = sum;
    }

    /**
     * Targets by group name (any case). Refuses a name that is not a group of {@code taxonomy}, a
     * negative percentage, and a sum outside 100 ± 0.01 (the message shows the sum).
     */
    public static TargetAllocation of(Map<String, BigDecimal> percentByGroupName, Taxonomy taxonomy) {
        Objects.requireNonNull(percentByGroupName, "targets must not be null");
        Map<Group, BigDecimal> byGroup = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> entry : percentByGroupName.entrySet()) {
            Group group = taxonomy.group(entry.getKey());
            BigDecimal percent = Objects.requireNonNull(entry.getValue(), "target of " + group + " must not be null");
            if (percent.signum() < 0) {
                throw new InvalidTargetsException("target of " + group + " must not be negative, was " + percent);
            }
            // checked before any arithmetic: a percentage such as 1e999999999 would overflow the first addition
            if (percent.compareTo(Decimals.HUNDRED) > 0) {
                throw new InvalidTargetsException("target of " + group + " must be at most 100 %, was " + percent);
            }
            if (percent.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new InvalidTargetsException("target of " + group + " has more than " + MAX_DECIMALS
                        + " decimals: " + percent);
            }
            if (byGroup.put(group, percent) != null) {
                throw new InvalidTargetsException("target of " + group + " is given twice");
            }
        }
        Map<Group, BigDecimal> ordered = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Group group : taxonomy.groups()) {
            BigDecimal percent = byGroup.getOrDefault(group, BigDecimal.ZERO);
            ordered.put(group, Decimals.canonical(percent));
            sum = sum.add(percent);
        }
        if (sum.subtract(Decimals.HUNDRED).abs().compareTo(SUM_TOLERANCE) > 0) {
            throw new InvalidTargetsException("targets must add up to 100 % (within 0.01), they add up to "
                    + sum.stripTrailingZeros().toPlainString() + " %");
        }
        return new TargetAllocation(ordered, sum);
    }

    /** The percentage given for a group (0 when not named). */
    public BigDecimal percent(Group group) {
        return percents.getOrDefault(group, BigDecimal.ZERO);
    }

    /** The group's share of the whole: its percentage over the sum of all percentages. */
    public Weight weight(Group group) {
        return new Weight(percent(group).divide(sum, Decimals.MC));
    }

    /** Percentages in the taxonomy's group order, every group present. */
    public Map<Group, BigDecimal> percents() {
        return percents;
    }

    public BigDecimal sum() {
        return sum;
    }
}
