package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.PlanRebalanceCommand;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.RebalancePlanner;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;

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
        TargetAllocation targets = Planning.targets(command.targets(), taxonomy);
        PlanOptions options = Planning.options(command.mode(), command.cashUsd(), command.minUsd(), command.minTradeUsd(),
                command.band(), command.primaries(), taxonomy);
        PortfolioLoader.Loaded loaded = loader.load(command.sources(), command.lenient(), taxonomy);
        PriceBook prices = loaded.portfolio().localPrices();
        RebalancePlan plan = RebalancePlanner.plan(loaded.portfolio(), prices, targets, options);
        return new PlanResult(plan, prices, LOCAL_PRICING, loaded.reports());
    }
}
