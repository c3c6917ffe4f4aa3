package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.ShowPortfolioQuery;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;

/** Reads the holdings and totals them by group and by location. */
public final class ShowPortfolioService implements ShowPortfolioUseCase {

    private final PortfolioLoader loader;

    public ShowPortfolioService(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides) {
        this.loader = new PortfolioLoader(holdings, overrides);
    }

    @Override
    public PortfolioView show(ShowPortfolioQuery query) {
        PortfolioLoader.Loaded loaded = loader.load(query.sources(), query.lenient(), loader.taxonomy());
        return new PortfolioView(PortfolioOverview.of(loaded.portfolio(), new UsdAmount(query.minUsd())), loaded.reports());
    }
}
