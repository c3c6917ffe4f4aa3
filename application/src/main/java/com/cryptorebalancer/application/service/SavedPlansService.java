package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.in.PlanOutcome;
import com.cryptorebalancer.application.port.in.PlanRequest;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.port.in.SavedPlansUseCase;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.port.in.Validation;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.NewPlan;
import com.cryptorebalancer.application.port.out.PlanStore;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PortfolioPricing;
import com.cryptorebalancer.application.pricing.PriceWarning;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.PlanCsv;
import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.RebalancePlanner;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;

/** Plans the current portfolio and keeps every plan, with what it was asked, until it is deleted. */
public final class SavedPlansService implements SavedPlansUseCase {

    /** How many saved plans are kept in memory, for plans asked for again and opened again (one of 10,000 holdings is tens of MB). */
    private static final int PLANS_KEPT = 4;

    private final CurrentHoldings holdings;
    private final LoadTaxonomyOverridesPort overrides;
    private final TargetProfileStore profiles;
    private final SettingsUseCase settings;
    private final PlanStore plans;
    private final Clock clock;
    private final MarketPricing market;
    private final PricingPolicy policy;
    private final RecentlyUsed<Long, SavedPlan> recent = new RecentlyUsed<>(PLANS_KEPT);
    /**
     * New plans made at once, at most one per processor: making one is all computing, so more at a time only
     * makes each slower, and one of 10,000 holdings holds tens of MB until it is saved; the rest wait their turn.
     */
    private final Semaphore planning = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** Plans priced by the export's values only: a request for live pricing is refused. */
    public SavedPlansService(CurrentHoldings holdings, LoadTaxonomyOverridesPort overrides, TargetProfileStore profiles,
                             SettingsUseCase settings, PlanStore plans, Clock clock) {
        this(holdings, overrides, profiles, settings, plans, clock, null, PricingPolicy.DEFAULT);
    }

    public SavedPlansService(CurrentHoldings holdings, LoadTaxonomyOverridesPort overrides, TargetProfileStore profiles,
                             SettingsUseCase settings, PlanStore plans, Clock clock, MarketPricing market,
                             PricingPolicy policy) {
        this.market = market;
        this.policy = policy;
        this.holdings = holdings;
        this.overrides = overrides;
        this.profiles = profiles;
        this.settings = settings;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public PlanOutcome plan(PlanRequest request) {
        Taxonomy taxonomy = PortfolioLoader.taxonomy(overrides);
        TargetProfile profile = profile(request);
        Map<String, BigDecimal> targets = profile == null ? request.targets() : profile.targets();
        TargetAllocation allocation = Planning.targets(targets, taxonomy);
        Settings defaults = settings.get();
        RebalanceMode mode = request.mode() == null ? RebalanceMode.FULL : request.mode();
        BigDecimal cash = usd(request.cashUsd(), BigDecimal.ZERO, "cash_usd");
        PlanOptions options = Planning.options(mode, cash, usd(request.minUsd(), defaults.defaultMinUsd(), "min_usd"),
                usd(request.minTradeUsd(), defaults.defaultMinTradeUsd(), "min_trade_usd"), request.band(),
                request.primaries() == null ? Map.of() : request.primaries(), taxonomy);

        PlanReport.Options resolved = PlanReport.Options.of(options);
        PlanInputs inputs = new PlanInputs(strings(targets), profile == null ? null : profile.id(),
                profile == null ? null : profile.name(), mode.code(), resolved.cashUsd(), resolved.minUsd(),
                resolved.minTradeUsd(), resolved.band(), resolved.primaries());

        CurrentHoldings.Classified current = holdings.current(taxonomy);
        PricingMode pricingMode = PortfolioPricing.mode(request.pricing(), defaults.pricingMode());
        Pricing pricing = pricingMode == PricingMode.LOCAL ? null
                : PortfolioPricing.price(market, current.portfolio(), pricingMode, policy);
        String fingerprint = fingerprint(current.basis(), taxonomy, inputs, pricingMode, pricing);
        OptionalLong saved = plans.findByFingerprint(fingerprint);
        if (saved.isPresent()) {
            Optional<SavedPlan> again = savedPlan(saved.getAsLong());
            if (again.isPresent()) {
                return new PlanOutcome(again.get(), false);
            }
        }
        planning.acquireUninterruptibly();
        try {
            PlanReport report = pricing == null ? localPlan(current, allocation, options)
                    : livePlan(current, allocation, options, pricing, pricingMode, taxonomy);
            SavedPlan created = plans.save(new NewPlan(clock.instant(), current.basis().snapshotId(), inputs, report,
                    fingerprint));
            keep(created);
            return new PlanOutcome(created, true);
        } finally {
            planning.release();
        }
    }

    private static PlanReport localPlan(CurrentHoldings.Classified current, TargetAllocation allocation, PlanOptions options) {
        PriceBook prices = current.portfolio().localPrices();
        RebalancePlan plan = RebalancePlanner.plan(current.portfolio(), prices, allocation, options);
        return PlanReport.of(new PlanResult(plan, prices, PlanRebalanceService.LOCAL_PRICING, List.of(current.report())));
    }

    private static PlanReport livePlan(CurrentHoldings.Classified current, TargetAllocation allocation, PlanOptions options,
                                       Pricing pricing, PricingMode mode, Taxonomy taxonomy) {
        PriceBook prices = pricing.book();
        RebalancePlan plan = RebalancePlanner.plan(PortfolioPricing.revalued(current.portfolio(), pricing, taxonomy), prices,
                allocation, options);
        return PlanReport.of(new PlanResult(plan, prices, mode.code(), List.of(current.report()),
                pricing.warnings().stream().map(PriceWarning::message).toList()));
    }

    /**
     * Everything a plan depends on, hashed: the holdings (a snapshot never changes; the demo is fixed per
     * build), the taxonomy, the pricing (with the live prices used, each with its source and time) and the
     * request as resolved. Records print their values in a
     * stable order (the overrides are sorted maps), so the same inputs always give the same text.
     */
    static String fingerprint(CurrentPortfolio.Basis basis, Taxonomy taxonomy, PlanInputs inputs, PricingMode mode,
                              Pricing pricing) {
        String holdingsKey = basis.demo() ? "demo:" + basis.source() : "snapshot:" + basis.snapshotId();
        // live prices change: a plan on other prices (or the same prices of another time) is another plan
        String prices = pricing == null ? "" : new java.util.TreeMap<>(pricing.quotes()).toString();
        String text = holdingsKey + "\n" + taxonomy.overrides() + "\n" + mode.code() + "\n" + prices + "\n" + inputs;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A saved plan, from memory when it was made or read lately: saved plans never change, they are only deleted. */
    private Optional<SavedPlan> savedPlan(long id) {
        Optional<SavedPlan> kept = recent.get(id);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<SavedPlan> found = plans.find(id);
        found.ifPresent(this::keep);
        return found;
    }

    private void keep(SavedPlan plan) {
        recent.put(plan.id(), plan);
    }

    @Override
    public List<PlanSummary> list() {
        return plans.list();
    }

    @Override
    public SavedPlan get(long id) {
        return savedPlan(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    @Override
    public String csv(long id) {
        return PlanCsv.write(get(id).plan());
    }

    @Override
    public void delete(long id) {
        recent.remove(id);
        if (!plans.delete(id)) {
            throw new NotFoundException("plan", id);
        }
    }

    private TargetProfile profile(PlanRequest request) {
        if (request.targets() != null && request.profileId() != null) {
            throw new InvalidCommandException("targets", "give targets or a profile_id, not both");
        }
        if (request.targets() == null && request.profileId() == null) {
            throw new InvalidCommandException("targets", "targets or a profile_id are required, e.g. {\"targets\": {\"BTC\": \"60\", \"ETH\": \"40\"}}");
        }
        if (request.profileId() == null) {
            return null;
        }
        return profiles.find(request.profileId()).orElseThrow(() ->
                new InvalidCommandException("profile_id", "no target profile " + request.profileId()));
    }

    private static BigDecimal usd(BigDecimal given, BigDecimal fallback, String field) {
        return given == null ? fallback : Validation.usd(given, field);
    }

    private static Map<String, String> strings(Map<String, BigDecimal> targets) {
        Map<String, String> strings = new LinkedHashMap<>();
        targets.forEach((group, percent) -> strings.put(group, Amounts.exact(percent)));
        return strings;
    }
}
