package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PlanRebalanceCommand;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.RebalancePlanner;
import com.cryptorebalancer.domain.rebalancing.SubAllocation;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.UnknownGroupException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the holdings, values them with the export's own prices ("local" pricing) and plans. */
public final class PlanRebalanceService implements PlanRebalanceUseCase {

    /** Pricing used until live price sources exist: the prices implied by the imported values. */
    public static final String LOCAL_PRICING = "local";

    private final PortfolioLoader loader;

    public PlanRebalanceService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides) {
        this.loader = new PortfolioLoader(holdings, overrides);
    }

    @Override
    public PlanResult plan(PlanRebalanceCommand command) {
        Taxonomy taxonomy = loader.taxonomy();
        TargetAllocation targets = targets(command, taxonomy);
        PlanOptions options = options(command, taxonomy);
        PortfolioLoader.Loaded loaded = loader.load(command.sources(), command.lenient(), taxonomy);
        PriceBook prices = loaded.portfolio().localPrices();
        RebalancePlan plan = RebalancePlanner.plan(loaded.portfolio(), prices, targets, options);
        return new PlanResult(plan, prices, LOCAL_PRICING, loaded.reports());
    }

    private static TargetAllocation targets(PlanRebalanceCommand command, Taxonomy taxonomy) {
        try {
            return TargetAllocation.of(command.targets(), taxonomy);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("targets", e.getMessage(), e);
        }
    }

    private static PlanOptions options(PlanRebalanceCommand command, Taxonomy taxonomy) {
        try {
            Map<Group, List<PrimaryCoin>> primaries = new LinkedHashMap<>();
            command.primaries().forEach((name, coins) -> primaries.put(taxonomy.group(name), coins));
            return new PlanOptions(command.mode(), new UsdAmount(command.cashUsd()), new UsdAmount(command.minUsd()),
                    new UsdAmount(command.minTradeUsd()), command.band(), SubAllocation.withPrimaries(primaries, taxonomy));
        } catch (UnknownGroupException e) {
            throw new InvalidCommandException("primaries", e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("options", e.getMessage(), e);
        }
    }
}
