package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.InvalidOptionException;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import com.cryptorebalancer.domain.rebalancing.SubAllocation;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.UnknownGroupException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every way of asking for a plan shares: targets and options checked against the taxonomy. */
final class Planning {

    private Planning() {
    }

    /** @throws InvalidCommandException (field "targets") for unknown groups or percents not adding up to 100 */
    static TargetAllocation targets(Map<String, BigDecimal> targets, Taxonomy taxonomy) {
        if (targets == null || targets.isEmpty()) {
            throw new InvalidCommandException("targets", "targets are required, e.g. BTC=40,ETH=30,Stablecoins=30");
        }
        try {
            return TargetAllocation.of(targets, taxonomy);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("targets", e.getMessage(), e);
        }
    }

    /**
     * @throws InvalidCommandException for primaries naming unknown groups, or options that do not go together
     *         (a band outside bands mode, buy-only without cash), naming the option at fault
     */
    static PlanOptions options(RebalanceMode mode, BigDecimal cashUsd, BigDecimal minUsd, BigDecimal minTradeUsd,
                               Band band, Map<String, List<PrimaryCoin>> primaries, Taxonomy taxonomy) {
        try {
            Map<Group, List<PrimaryCoin>> byGroup = new LinkedHashMap<>();
            primaries.forEach((name, coins) -> byGroup.put(taxonomy.group(name), coins));
            return new PlanOptions(mode, new UsdAmount(cashUsd), new UsdAmount(minUsd), new UsdAmount(minTradeUsd), band,
                    SubAllocation.withPrimaries(byGroup, taxonomy));
        } catch (UnknownGroupException e) {
            throw new InvalidCommandException("primaries", e.getMessage(), e);
        } catch (InvalidOptionException e) {
            throw new InvalidCommandException(e.option(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("options", e.getMessage(), e);
        }
    }
}
