package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.backtest.BacktestService;
import com.cryptorebalancer.application.port.in.BacktestCommand;
import com.cryptorebalancer.application.port.in.BacktestReport;
import com.cryptorebalancer.application.port.in.BacktestUseCase;
import com.cryptorebalancer.application.port.in.ConflictException;
import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.ImportResult;
import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.ImportSnapshotUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.in.PlanOutcome;
import com.cryptorebalancer.application.port.in.PlanRequest;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.port.in.RiskQuery;
import com.cryptorebalancer.application.port.in.RiskUseCase;
import com.cryptorebalancer.application.port.in.SavedPlansUseCase;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.port.in.SnapshotsUseCase;
import com.cryptorebalancer.application.port.in.StressCommand;
import com.cryptorebalancer.application.port.in.StressReport;
import com.cryptorebalancer.application.port.in.StressUseCase;
import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.InMemoryBackfillJobStore;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.pricing.BackfillJobsService;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.HistoryReport;
import com.cryptorebalancer.application.report.PlanCsv;
import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.application.risk.RiskService;
import com.cryptorebalancer.application.stress.StressService;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.risk.RiskReport;
import com.cryptorebalancer.domain.stress.StressEpisode;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every use case the API calls, in memory: remembers what it was asked, answers with small fixed data,
 * and fails the way the real services do when a test sets it up to ({@link #failure}). Risk, stress and
 * backtests are the real services over the fake current portfolio and {@link SyntheticHistory}, so that their
 * refusals are the real ones.
 */
final class FakeUseCases {

    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    byte[] importedBytes;
    ImportSnapshotCommand importCommand;
    BigDecimal minUsdAsked;
    String pricingAsked;
    PlanRequest planRequest;
    Map<String, BigDecimal> targetsGiven;
    Map<String, String> settingsChanges;
    String readinessProblem;
    RiskQuery riskQuery;
    StressCommand stressCommand;
    BacktestCommand backtestCommand;
    /** Thrown by the current portfolio, when set. */
    RuntimeException failure;
    final FakeMarketPrices prices = new FakeMarketPrices();
    private final Map<Long, TargetProfile> profiles = new LinkedHashMap<>();
    private final Map<Long, SavedPlan> plans = new LinkedHashMap<>();
    private Taxonomy taxonomy = Taxonomy.defaults();
    private Settings settings = new Settings("local", BigDecimal.ONE, BigDecimal.TEN, null);
    private final Current current = new Current();
    private final InMemoryPriceHistoryStore history = SyntheticHistory.store();
    /** The real service, running the fake backfills on its own thread; closed by the test server. */
    final BackfillJobsService backfills = new BackfillJobsService(prices, current, new InMemoryBackfillJobStore(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    UseCases useCases() {
        return new UseCases(new Imports(), current, new Snapshots(), new Taxonomies(), new Targets(), new Plans(),
                new SettingsFake(), prices, backfills, new Risk(), new Stress(), new Backtests(),
                new com.cryptorebalancer.application.suggest.SuggestService(current, history, new Targets()), () -> readinessProblem);
    }

    static ImportReport report(String source) {
        return new ImportReport(source, "cointracking-balance-by-exchange", 2, 2, Map.of(), List.of(),
                UsdAmount.of("30100"), UsdAmount.of("30100"), 0, UsdAmount.ZERO, 0, NOW, "file name");
    }

    static SnapshotSummary snapshot(long id) {
        return new SnapshotSummary(id, NOW, "upload", "balance.csv", "cointracking-balance-by-exchange", 2,
                UsdAmount.of("30100.005"), NOW);
    }

    private final class Imports implements ImportSnapshotUseCase {
        @Override
        public ImportResult importHoldings(ImportSnapshotCommand command) {
            importCommand = command;
            try (InputStream in = command.source().opener().open()) {
                importedBytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (new String(importedBytes, StandardCharsets.UTF_8).contains("not-a-number")) {
                throw new InvalidHoldingsFileException(command.source().name(), List.of(new RowProblem(3, "Amount",
                        "not-a-number", "bad_number", "not a number")), "fix the row or import with lenient=true");
            }
            return new ImportResult(snapshot(7), report(command.source().name()));
        }
    }

    private final class Current implements CurrentPortfolioUseCase {
        @Override
        public CurrentPortfolio current(BigDecimal minUsd) {
            if (failure != null) {
                throw failure;
            }
            minUsdAsked = minUsd;
            Portfolio portfolio = HoldingsTestData.aPortfolio().with("BTC", "0.5", "30000").at("Kraken")
                    .withNamed("SOL2", "Solana", "1.000000000000000001", "100").with("QWXJ", "3", "5")
                    .classified(taxonomy);
            PortfolioView view = new PortfolioView(PortfolioOverview.of(portfolio, UsdAmount.of("1")),
                    List.of(report("balance.csv")));
            return new CurrentPortfolio(new CurrentPortfolio.Basis(7L, NOW, false, "balance.csv"), portfolio, view);
        }

        /** "auto" prices SOL live (a stale quote, kept after its source failed); anything else is the export's values. */
        @Override
        public CurrentPortfolio current(BigDecimal minUsd, String pricing) {
            CurrentPortfolio exported = current(minUsd);
            pricingAsked = pricing;
            if (!"auto".equals(pricing)) {
                return exported;
            }
            com.cryptorebalancer.domain.money.Asset sol = com.cryptorebalancer.domain.money.Asset.of("SOL");
            var quote = new com.cryptorebalancer.application.pricing.PriceQuote(new com.cryptorebalancer.domain.money.Price(
                    sol, new BigDecimal("150"), new com.cryptorebalancer.domain.money.PriceSource("coingecko"), NOW), true);
            var prices = new com.cryptorebalancer.application.pricing.Pricing(
                    com.cryptorebalancer.application.pricing.PricingMode.AUTO, java.util.Map.of(sol, quote), java.util.Set.of(),
                    List.of(new com.cryptorebalancer.application.pricing.PriceWarning("stale_price", null, "1 of 1 prices are stale")));
            Portfolio revalued = com.cryptorebalancer.application.pricing.PortfolioPricing.revalued(exported.portfolio(), prices, taxonomy);
            return new CurrentPortfolio(exported.basis(), revalued, new PortfolioView(
                    PortfolioOverview.of(revalued, UsdAmount.of("1")), exported.view().imports(), prices));
        }

        @Override
        public java.util.Map<com.cryptorebalancer.domain.money.Asset, BigDecimal> quantities() {
            return java.util.Map.of(com.cryptorebalancer.domain.money.Asset.of("BTC"), new BigDecimal("0.5"),
                    com.cryptorebalancer.domain.money.Asset.of("QWXJ"), new BigDecimal("3"));
        }
    }

    private final class Risk implements RiskUseCase {
        private final RiskService service = new RiskService(current, history, Clock.fixed(NOW, ZoneOffset.UTC));

        @Override
        public RiskReport risk(RiskQuery query) {
            riskQuery = query;
            return service.risk(query);
        }
    }

    private final class Stress implements StressUseCase {
        private final StressService service = new StressService(current, history);

        @Override
        public StressReport stress(StressCommand command) {
            stressCommand = command;
            return service.stress(command);
        }

        @Override
        public List<StressEpisode> episodes() {
            return service.episodes();
        }
    }

    private final class Backtests implements BacktestUseCase {
        private final BacktestService service = new BacktestService(current, history);

        @Override
        public BacktestReport backtest(BacktestCommand command) {
            backtestCommand = command;
            return service.backtest(command);
        }
    }

    private static final class Snapshots implements SnapshotsUseCase {
        @Override
        public List<SnapshotSummary> list() {
            return List.of(snapshot(8), snapshot(7));
        }

        @Override
        public Snapshot get(long id) {
            if (id != 7) {
                throw new NotFoundException("snapshot", id);
            }
            return new Snapshot(snapshot(7), List.of(), report("balance.csv"));
        }

        @Override
        public HistoryReport history() {
            return new HistoryReport(List.of("BTC", "Others"), List.of(new HistoryReport.Point(7, NOW.toString(),
                    NOW.toString(), "30100.00", Map.of("BTC", "30000.00"))));
        }
    }

    private final class Taxonomies implements ManageTaxonomyUseCase {
        @Override
        public Taxonomy current() {
            return taxonomy;
        }

        @Override
        public Taxonomy setAlias(String symbol, String group) {
            Group known = taxonomy.groups().stream().filter(g -> g.name().equalsIgnoreCase(group)).findFirst()
                    .orElseThrow(() -> new InvalidCommandException("group", "unknown group '" + group + "'"));
            taxonomy = Taxonomy.withOverrides(taxonomy.overrides().withAlias(Asset.of(symbol), known));
            return taxonomy;
        }

        @Override
        public Taxonomy removeAlias(String symbol) {
            return taxonomy;
        }

        @Override
        public Taxonomy addGroup(String name, Integer position) {
            throw new UnsupportedOperationException("not on the API");
        }

        @Override
        public Taxonomy moveGroup(String name, int position) {
            throw new UnsupportedOperationException("not on the API");
        }

        @Override
        public Taxonomy setLocationKind(String location, LocationKind kind) {
            throw new UnsupportedOperationException("not on the API");
        }
    }

    private final class Targets implements TargetProfilesUseCase {
        @Override
        public List<TargetProfile> list() {
            return List.copyOf(profiles.values());
        }

        @Override
        public TargetProfile get(long id) {
            TargetProfile profile = profiles.get(id);
            if (profile == null) {
                throw new NotFoundException("target profile", id);
            }
            return profile;
        }

        @Override
        public TargetProfile create(String name, Map<String, BigDecimal> targets) {
            targetsGiven = targets;
            if (profiles.values().stream().anyMatch(p -> p.name().equalsIgnoreCase(name))) {
                throw new ConflictException("name", "a target profile named '" + name + "' already exists", null);
            }
            TargetProfile profile = new TargetProfile(profiles.size() + 1L, name, targets, NOW, NOW);
            profiles.put(profile.id(), profile);
            return profile;
        }

        @Override
        public TargetProfile update(long id, String name, Map<String, BigDecimal> targets) {
            TargetProfile old = get(id);
            TargetProfile profile = new TargetProfile(id, name, targets, old.createdAt(), NOW);
            profiles.put(id, profile);
            return profile;
        }

        @Override
        public void delete(long id) {
            if (profiles.remove(id) == null) {
                throw new NotFoundException("target profile", id);
            }
        }
    }

    private final class Plans implements SavedPlansUseCase {
        @Override
        public PlanOutcome plan(PlanRequest request) {
            planRequest = request;
            if (request.targets() != null && request.targets().keySet().stream().anyMatch(g -> g.equals("Memes"))) {
                throw new InvalidCommandException("targets.Memes", "unknown group 'Memes'");
            }
            Map<String, String> targets = new LinkedHashMap<>();
            if (request.targets() != null) {
                request.targets().forEach((group, pct) -> targets.put(group, Amounts.exact(pct)));
            }
            PlanInputs inputs = new PlanInputs(targets, request.profileId(), null,
                    request.mode() == null ? "full" : request.mode().code(), "0", "1", "10", null, Map.of());
            PlanReport report = new PlanReport("full", "local", new PlanReport.Options("0.00", "1.00", "10.00", null,
                    Map.of()), new PlanReport.Totals("30100.00", "0.00", "100.00", "100.00", "0.00"), List.of(),
                    List.of(), List.of(new PlanReport.ActionLine("BTC", "BTC", "buy", "100.00", "0.001", "100000",
                    "local", NOW.toString(), "Binance", "exchange_spot", "spot", "buy on Binance", "from, \"cash\"",
                    "40.00", "50.00", "-10.00", "100.00", "100.00", false)), Map.of(), List.of(), List.of(), "0.00", List.of());
            for (SavedPlan saved : plans.values()) {
                if (saved.request().equals(inputs)) {
                    return new PlanOutcome(saved, false); // asked for again: the one saved before
                }
            }
            SavedPlan saved = new SavedPlan(plans.size() + 1L, NOW, 7L, inputs, report);
            plans.put(saved.id(), saved);
            return new PlanOutcome(saved, true);
        }

        @Override
        public List<PlanSummary> list() {
            return plans.values().stream().map(p -> new PlanSummary(p.id(), p.createdAt(), p.snapshotId(),
                    p.plan().mode(), "30100.00", "100.00", "100.00", p.plan().actions().size())).toList();
        }

        @Override
        public SavedPlan get(long id) {
            SavedPlan plan = plans.get(id);
            if (plan == null) {
                throw new NotFoundException("plan", id);
            }
            return plan;
        }

        @Override
        public String csv(long id) {
            return PlanCsv.write(get(id).plan());
        }

        @Override
        public void delete(long id) {
            if (plans.remove(id) == null) {
                throw new NotFoundException("plan", id);
            }
        }
    }

    private final class SettingsFake implements SettingsUseCase {
        @Override
        public Settings get() {
            return settings;
        }

        @Override
        public Settings update(Map<String, String> changes) {
            settingsChanges = changes;
            Settings s = settings;
            for (Map.Entry<String, String> change : changes.entrySet()) {
                String v = change.getValue();
                switch (change.getKey()) {
                    case Settings.PRICING_MODE:
                        if (v != null && !v.equals("local")) {
                            throw new InvalidCommandException(Settings.PRICING_MODE, "unknown pricing mode '" + v + "'");
                        }
                        s = new Settings("local", s.defaultMinUsd(), s.defaultMinTradeUsd(), s.defaultProfileId());
                        break;
                    case Settings.DEFAULT_MIN_USD:
                        s = new Settings(s.pricingMode(), v == null ? BigDecimal.ONE : new BigDecimal(v),
                                s.defaultMinTradeUsd(), s.defaultProfileId());
                        break;
                    case Settings.DEFAULT_MIN_TRADE_USD:
                        s = new Settings(s.pricingMode(), s.defaultMinUsd(), v == null ? BigDecimal.TEN : new BigDecimal(v),
                                s.defaultProfileId());
                        break;
                    default:
                        s = new Settings(s.pricingMode(), s.defaultMinUsd(), s.defaultMinTradeUsd(),
                                v == null ? null : Long.valueOf(v));
                }
            }
            settings = s;
            return s;
        }
    }
}
