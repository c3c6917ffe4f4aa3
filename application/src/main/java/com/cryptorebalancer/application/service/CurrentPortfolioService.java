package com.cryptorebalancer.application.service;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Map;
import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PortfolioPricing;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.application.port.in.Validation;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The newest snapshot (or the demo), classified with the current taxonomy and totalled. */
public final class CurrentPortfolioService implements CurrentPortfolioUseCase {

    private final CurrentHoldings holdings;
    private final LoadTaxonomyOverridesPort overrides;
    private final SettingsUseCase settings;
    private final MarketPricing market;
    private final PricingPolicy policy;
    private final Clock clock;
    /** The last local pricing: the same classified holdings within {@link #LOCAL_PRICING_REUSE} are priced the same. */
    private volatile LocalPricing lastLocal;

    /** How long a local pricing is reused: only its staleness flags depend on the time, and they may lag this much. */
    static final Duration LOCAL_PRICING_REUSE = Duration.ofSeconds(10);

    private record LocalPricing(Portfolio portfolio, Instant at, Pricing pricing) {
    }

    /** @param market the live sources, or null where none is set up (then only the export's values, and live pricing refused) */
    public CurrentPortfolioService(CurrentHoldings holdings, LoadTaxonomyOverridesPort overrides, SettingsUseCase settings,
                                   MarketPricing market, PricingPolicy policy, Clock clock) {
        this.holdings = holdings;
        this.overrides = overrides;
        this.settings = settings;
        this.market = market;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CurrentPortfolio current(BigDecimal minUsd) {
        return current(minUsd, PricingMode.LOCAL.code());
    }

    @Override
    public CurrentPortfolio current(BigDecimal minUsd, String pricing) {
        Settings defaults = settings.get();
        BigDecimal min = minUsd == null ? defaults.defaultMinUsd() : Validation.usd(minUsd, "min_usd");
        PricingMode mode = PortfolioPricing.mode(pricing, defaults.pricingMode());
        Taxonomy taxonomy = PortfolioLoader.taxonomy(overrides);
        CurrentHoldings.Classified classified = holdings.current(taxonomy);
        Portfolio portfolio = classified.portfolio();
        Pricing prices = null;
        if (mode != PricingMode.LOCAL || market != null) {
            // local pricing asks no source, but still says which export prices are stale or off their peg
            prices = mode == PricingMode.LOCAL ? localPricing(portfolio) : PortfolioPricing.price(market, portfolio, mode, policy);
            portfolio = PortfolioPricing.revalued(portfolio, prices, taxonomy);
        }
        PortfolioOverview overview = PortfolioOverview.of(portfolio, new UsdAmount(min));
        return new CurrentPortfolio(classified.basis(), portfolio,
                new PortfolioView(overview, List.of(classified.report()), prices));
    }

    /** The export's prices of these holdings (the classification is cached, so the same holdings are the same object). */
    private Pricing localPricing(Portfolio portfolio) {
        Instant now = clock.instant();
        LocalPricing last = lastLocal;
        if (last != null && last.portfolio() == portfolio && !now.isBefore(last.at())
                && Duration.between(last.at(), now).compareTo(LOCAL_PRICING_REUSE) < 0) {
            return last.pricing();
        }
        Pricing pricing = PortfolioPricing.price(market, portfolio, PricingMode.LOCAL, policy);
        lastLocal = new LocalPricing(portfolio, now, pricing);
        return pricing;
    }

    @Override
    public Map<Asset, BigDecimal> quantities() {
        return holdings.current(PortfolioLoader.taxonomy(overrides)).portfolio().quantitiesByCoin();
    }
}
