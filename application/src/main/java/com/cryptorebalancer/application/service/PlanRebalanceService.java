package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.PlanRebalanceCommand;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PortfolioPricing;
import com.cryptorebalancer.application.pricing.PriceWarning;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.util.List;
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
    private final MarketPricing market;
    private final PricingPolicy policy;

    /** Plans priced by the export's values only: a plan asked with live pricing is refused. */
    public PlanRebalanceService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides) {
        this(holdings, overrides, null, PricingPolicy.DEFAULT);
    }

    public PlanRebalanceService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides, MarketPricing market,
                                PricingPolicy policy) {
        this.loader = new PortfolioLoader(holdings, overrides);
        this.market = market;
        this.policy = policy;
    }

    @Override
    public PlanResult plan(PlanRebalanceCommand command) {
        Taxonomy taxonomy = loader.taxonomy();
        TargetAllocation targets = Planning.targets(command.targets(), taxonomy);
        PlanOptions options = Planning.options(command.mode(), command.cashUsd(), command.minUsd(), command.minTradeUsd(),
                command.band(), command.primaries(), taxonomy);
        PortfolioLoader.Loaded loaded = loader.load(command.sources(), command.lenient(), taxonomy);
        if (command.pricing() == PricingMode.LOCAL) {
            PriceBook prices = loaded.portfolio().localPrices();
            return new PlanResult(RebalancePlanner.plan(loaded.portfolio(), prices, targets, options), prices,
                    LOCAL_PRICING, loaded.reports());
        }
        Pricing pricing = PortfolioPricing.price(market, loaded.portfolio(), command.pricing(), policy);
        PriceBook prices = pricing.book();
        RebalancePlan plan = RebalancePlanner.plan(PortfolioPricing.revalued(loaded.portfolio(), pricing, taxonomy), prices,
                targets, options);
        return new PlanResult(plan, prices, command.pricing().code(), loaded.reports(),
                pricing.warnings().stream().map(PriceWarning::message).toList(), pricing.stale());
    }
}
