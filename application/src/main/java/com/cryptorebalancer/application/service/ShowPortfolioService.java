package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PortfolioPricing;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.ShowPortfolioQuery;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;

import java.math.BigDecimal;
import java.util.Map;

/** Reads the holdings and totals them by group and by location. */
public final class ShowPortfolioService implements ShowPortfolioUseCase {

    private final PortfolioLoader loader;

    private final MarketPricing market;
    private final PricingPolicy policy;

    /** Valued by the export's values only: a query for live pricing is refused. */
    public ShowPortfolioService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides) {
        this(holdings, overrides, null, PricingPolicy.DEFAULT);
    }

    public ShowPortfolioService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides, MarketPricing market,
                                PricingPolicy policy) {
        this.loader = new PortfolioLoader(holdings, overrides);
        this.market = market;
        this.policy = policy;
    }

    @Override
    public PortfolioView show(ShowPortfolioQuery query) {
        Taxonomy taxonomy = loader.taxonomy();
        PortfolioLoader.Loaded loaded = loader.load(query.sources(), query.lenient(), taxonomy);
        UsdAmount minUsd = new UsdAmount(query.minUsd());
        if (query.pricing() == PricingMode.LOCAL) {
            return new PortfolioView(PortfolioOverview.of(loaded.portfolio(), minUsd), loaded.reports());
        }
        Pricing pricing = PortfolioPricing.price(market, loaded.portfolio(), query.pricing(), policy);
        Portfolio revalued = PortfolioPricing.revalued(loaded.portfolio(), pricing, taxonomy);
        return new PortfolioView(PortfolioOverview.of(revalued, minUsd), loaded.reports(), pricing);
    }

    @Override
    public CurrentPortfolio portfolio(ShowPortfolioQuery query, CurrentPortfolio.Basis basis) {
        PortfolioLoader.Loaded loaded = loader.load(query.sources(), query.lenient(), loader.taxonomy());
        PortfolioView view = new PortfolioView(PortfolioOverview.of(loaded.portfolio(), new UsdAmount(query.minUsd())),
                loaded.reports());
        return new CurrentPortfolio(basis, loaded.portfolio(), view);
    }

    @Override
    public Map<Asset, BigDecimal> quantities(ShowPortfolioQuery query) {
        return loader.load(query.sources(), query.lenient(), loader.taxonomy()).portfolio().quantitiesByCoin();
    }
}
