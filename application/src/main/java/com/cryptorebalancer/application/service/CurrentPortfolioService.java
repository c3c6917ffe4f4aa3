package com.cryptorebalancer.application.service;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Position;
import java.util.Map;
import java.util.TreeMap;
import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.port.in.Validation;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.math.BigDecimal;
import java.util.List;

/** The newest snapshot (or the demo), classified with the current taxonomy and totalled. */
public final class CurrentPortfolioService implements CurrentPortfolioUseCase {

    private final CurrentHoldings holdings;
    private final LoadTaxonomyOverridesPort overrides;
    private final SettingsUseCase settings;

    public CurrentPortfolioService(CurrentHoldings holdings, LoadTaxonomyOverridesPort overrides, SettingsUseCase settings) {
        this.holdings = holdings;
        this.overrides = overrides;
        this.settings = settings;
    }

    @Override
    public CurrentPortfolio current(BigDecimal minUsd) {
        BigDecimal min = minUsd == null ? settings.get().defaultMinUsd() : Validation.usd(minUsd, "min_usd");
        CurrentHoldings.Classified classified = holdings.current(PortfolioLoader.taxonomy(overrides));
        PortfolioOverview overview = PortfolioOverview.of(classified.portfolio(), new UsdAmount(min));
        return new CurrentPortfolio(classified.basis(), classified.portfolio(),
                new PortfolioView(overview, List.of(classified.report())));
    }

    @Override
    public Map<Asset, BigDecimal> quantities() {
        Map<Asset, BigDecimal> quantities = new TreeMap<>();
        for (Position position : holdings.current(PortfolioLoader.taxonomy(overrides)).portfolio().positions()) {
            quantities.merge(position.coin(), position.holding().quantity().value(), BigDecimal::add);
        }
        return quantities;
    }
}
