package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.application.port.in.PlanOutcome;
import static com.cryptorebalancer.application.service.FakeLoader.source;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.in.PlanOutcome;
import com.cryptorebalancer.application.port.in.PlanRequest;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.report.PlanCsv;
import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SavedPlansServiceTest {

    private static final String FILE = "balances.csv";
    private static final Map<String, BigDecimal> HALF_HALF = targets("BTC", "50", "Stablecoins", "50");

    private final InMemoryStores stores = new InMemoryStores();
    private final FakeLoader loader = new FakeLoader()
            .with("demo.csv", aPortfolio().with("BTC", "1", "30000").with("USDT", "10000", "10000").build())
            .with(FILE, aPortfolio().with("BTC", "1", "60000").with("USDT", "40000", "40000").build());
    private final SettingsService settings = new SettingsService(stores.settings, stores.profiles);
    private final TargetProfilesService profiles = new TargetProfilesService(stores.profiles, () -> TaxonomyOverrides.NONE,
            InMemoryStores.CLOCK);
    private final SavedPlansService service = new SavedPlansService(
            new CurrentHoldings(stores.snapshots, loader, source("demo.csv")), () -> TaxonomyOverrides.NONE,
            stores.profiles, settings, stores.plans, InMemoryStores.CLOCK);

    private static Map<String, BigDecimal> targets(String... groupThenPercent) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < groupThenPercent.length; i += 2) {
            targets.put(groupThenPercent[i], new BigDecimal(groupThenPercent[i + 1]));
        }
        return targets;
    }

    private static PlanRequest inline(Map<String, BigDecimal> targets) {
        return new PlanRequest(targets, null, null, null, null, null, null, null);
    }

    private static PlanRequest withMode(RebalanceMode mode, BigDecimal cash) {
        return new PlanRequest(HALF_HALF, null, mode, cash, null, null, null, null);
    }

    private SnapshotSummary importFile() {
        return new ImportSnapshotService(loader, () -> TaxonomyOverrides.NONE, stores.snapshots, InMemoryStores.CLOCK)
                .importHoldings(new ImportSnapshotCommand(source(FILE), "upload", false)).snapshot();
    }

    private void assertInvalidAndNothingSaved(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo(field);
        assertThat(service.list()).isEmpty();
    }

    @Test
    void aPlanWithLivePricingIsValuedAtTheLivePricesAndAskedAgainOnOtherPricesIsAnotherPlan() {
        var gecko = new com.cryptorebalancer.application.pricing.MarketPricingTest.FakeSource("coingecko")
                .quotes(Asset.of("BTC"), "33000").quotes(Asset.of("USDT"), "1");
        SavedPlansService live = new SavedPlansService(new CurrentHoldings(stores.snapshots, loader, source("demo.csv")),
                () -> TaxonomyOverrides.NONE, stores.profiles, settings, stores.plans, InMemoryStores.CLOCK,
                new MarketPricing(List.of(gecko), InMemoryStores.CLOCK), PricingPolicy.DEFAULT);
        PlanRequest auto = new PlanRequest(HALF_HALF, null, null, null, null, null, null, null, "auto");

        PlanOutcome first = live.plan(auto);
        PlanOutcome again = live.plan(auto);
        gecko.quotes(Asset.of("BTC"), "34000");
        PlanOutcome moved = live.plan(auto);

        assertThat(first.created()).isTrue();
        assertThat(first.plan().plan().pricing()).isEqualTo("auto");
        assertThat(first.plan().plan().totals().portfolioUsd()).isEqualTo("43000.00");
        assertThat(again.created()).as("same prices: the plan saved before").isFalse();
        assertThat(again.plan().id()).isEqualTo(first.plan().id());
        assertThat(moved.created()).as("BTC moved: a new plan").isTrue();
        assertThat(moved.plan().plan().totals().portfolioUsd()).isEqualTo("44000.00");
    }

    @Test
    void livePricingWhereNoSourceIsSetUpOrAnUnknownPricingModeIsRefused() {
        assertInvalidAndNothingSaved(() -> service.plan(new PlanRequest(HALF_HALF, null, null, null, null, null, null, null,
                "auto")), "pricing");
        assertInvalidAndNothingSaved(() -> service.plan(new PlanRequest(HALF_HALF, null, null, null, null, null, null, null,
                "cheapest")), "pricing");
    }

    @Test
    void targetsAndAProfileTogetherAreRefused() {
        TargetProfile core = profiles.create("Core", HALF_HALF);

        assertInvalidAndNothingSaved(() -> service.plan(new PlanRequest(HALF_HALF, core.id(), null, null, null, null,
                null, null)), "targets");
    }

    @Test
    void neitherTargetsNorAProfileIsRefused() {
        assertInvalidAndNothingSaved(() -> service.plan(inline(null)), "targets");
    }

    @Test
    void anUnknownProfileIsRefusedOnTheProfileIdField() {
        assertInvalidAndNothingSaved(() -> service.plan(new PlanRequest(null, 99L, null, null, null, null, null, null)),
                "profile_id");
    }

    @Test
    void aPlanFromAProfileRecordsTheProfileAndUsesItsTargets() {
        TargetProfile core = profiles.create("Core", targets("BTC", "70", "Stablecoins", "30"));

        SavedPlan saved = service.plan(new PlanRequest(null, core.id(), null, null, null, null, null, null)).plan();

        assertThat(saved.request().profileId()).isEqualTo(core.id());
        assertThat(saved.request().profileName()).isEqualTo("Core");
        assertThat(saved.request().targets()).containsExactly(Map.entry("BTC", "70"), Map.entry("Stablecoins", "30"));
        assertThat(saved.plan().groups()).filteredOn(g -> g.group().equals("BTC")).singleElement()
                .satisfies(g -> assertThat(new BigDecimal(g.targetPct())).isEqualByComparingTo("70"));
    }

    @Test
    void inlineTargetsAreRecordedWithoutAProfile() {
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        assertThat(saved.request().profileId()).isNull();
        assertThat(saved.request().profileName()).isNull();
        assertThat(saved.request().targets()).containsExactly(Map.entry("BTC", "50"), Map.entry("Stablecoins", "50"));
        assertThat(saved.request().mode()).isEqualTo("full");
        assertThat(saved.createdAt()).isEqualTo(InMemoryStores.NOW);
    }

    @Test
    void minimumsLeftOutComeFromTheSettings() {
        SavedPlan untouched = service.plan(inline(HALF_HALF)).plan();
        assertThat(new BigDecimal(untouched.request().minUsd())).isEqualByComparingTo(PlanOptions.DEFAULT_MIN_USD.value());
        assertThat(new BigDecimal(untouched.request().minTradeUsd()))
                .isEqualByComparingTo(PlanOptions.DEFAULT_MIN_TRADE.value());

        settings.update(Map.of(Settings.DEFAULT_MIN_USD, "5", Settings.DEFAULT_MIN_TRADE_USD, "100"));
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        assertThat(new BigDecimal(saved.request().minUsd())).isEqualByComparingTo("5");
        assertThat(new BigDecimal(saved.request().minTradeUsd())).isEqualByComparingTo("100");
        assertThat(new BigDecimal(saved.plan().options().minUsd())).isEqualByComparingTo("5");
        assertThat(new BigDecimal(saved.plan().options().minTradeUsd())).isEqualByComparingTo("100");
    }

    @Test
    void minimumsGivenInTheRequestWinOverTheSettings() {
        settings.update(Map.of(Settings.DEFAULT_MIN_USD, "5", Settings.DEFAULT_MIN_TRADE_USD, "100"));

        SavedPlan saved = service.plan(new PlanRequest(HALF_HALF, null, null, null, new BigDecimal("2"),
                new BigDecimal("30"), null, null)).plan();

        assertThat(new BigDecimal(saved.request().minUsd())).isEqualByComparingTo("2");
        assertThat(new BigDecimal(saved.request().minTradeUsd())).isEqualByComparingTo("30");
    }

    @Test
    void bandsModeWithoutABandIsRefusedOnTheBandField() {
        assertInvalidAndNothingSaved(() -> service.plan(withMode(RebalanceMode.BANDS, null)), "band");
    }

    @Test
    void buyOnlyWithoutCashIsRefusedOnTheCashField() {
        assertInvalidAndNothingSaved(() -> service.plan(withMode(RebalanceMode.BUY_ONLY, null)), "cash_usd");
        assertInvalidAndNothingSaved(() -> service.plan(withMode(RebalanceMode.BUY_ONLY, BigDecimal.ZERO)), "cash_usd");
    }

    @Test
    void buyOnlyWithCashDeploysIt() {
        SavedPlan saved = service.plan(withMode(RebalanceMode.BUY_ONLY, new BigDecimal("1000"))).plan();

        assertThat(saved.request().mode()).isEqualTo("buy-only");
        assertThat(new BigDecimal(saved.request().cashUsd())).isEqualByComparingTo("1000");
        assertThat(saved.plan().actions()).allSatisfy(a -> assertThat(a.action()).isEqualTo("buy"));
    }

    @Test
    void theSamePlanAskedForAgainIsTheOneSavedBefore() {
        PlanOutcome first = service.plan(inline(HALF_HALF));
        PlanOutcome again = service.plan(inline(targets("BTC", "50.0", "Stablecoins", "50")));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).as("50.0 is 50: the same request once resolved").isFalse();
        assertThat(again.plan()).isEqualTo(first.plan());
        assertThat(stores.plans.saves).isEqualTo(1);
    }

    @Test
    void anotherRequestANewSnapshotOrADeletedPlanMakeANewPlan() {
        SavedPlan first = service.plan(inline(HALF_HALF)).plan();

        PlanOutcome otherCash = service.plan(new PlanRequest(HALF_HALF, null, null, new BigDecimal("100"), null, null,
                null, null));
        importFile();
        PlanOutcome newSnapshot = service.plan(inline(HALF_HALF));
        service.delete(newSnapshot.plan().id());
        PlanOutcome afterDelete = service.plan(inline(HALF_HALF));

        assertThat(otherCash.created()).isTrue();
        assertThat(newSnapshot.created()).isTrue();
        assertThat(newSnapshot.plan().snapshotId()).isNotEqualTo(first.snapshotId());
        assertThat(afterDelete.created()).as("the saved one was deleted").isTrue();
        assertThat(afterDelete.plan().id()).isNotEqualTo(newSnapshot.plan().id());
    }

    @Test
    void theSavedPlanIsWhatGetReturnsAndIsListed() {
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        assertThat(service.get(saved.id())).isEqualTo(saved);
        assertThat(service.get(saved.id()).plan()).isEqualTo(saved.plan());
        assertThat(service.list()).extracting(PlanSummary::id).containsExactly(saved.id());
    }

    @Test
    void theCsvHasTheHeaderAndOneLinePerAction() {
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();
        List<PlanReport.ActionLine> actions = saved.plan().actions();
        assertThat(actions).isNotEmpty();

        String csv = service.csv(saved.id());

        assertThat(csv).startsWith(String.join(",", PlanCsv.HEADER) + "\r\n");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(actions.size() + 1);
        assertThat(lines[1]).startsWith(actions.get(0).group() + "," + actions.get(0).symbol() + ","
                + actions.get(0).action() + "," + actions.get(0).usd() + ",");
    }

    @Test
    void aDeletedPlanIsNotFound() {
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        service.delete(saved.id());

        assertThatThrownBy(() -> service.get(saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.csv(saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list()).isEmpty();
    }

    @Test
    void aPlanIsMadeFromTheNewestSnapshot() {
        SnapshotSummary snapshot = importFile();

        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        assertThat(saved.snapshotId()).isEqualTo(snapshot.id());
        assertThat(saved.plan().totals().portfolioUsd()).isEqualTo("100000.00");
        assertThat(saved.plan().actions()).filteredOn(a -> a.symbol().equals("BTC")).singleElement()
                .satisfies(btc -> {
                    assertThat(btc.action()).isEqualTo("sell");
                    assertThat(new BigDecimal(btc.usd())).isEqualByComparingTo("10000");
                });
    }

    @Test
    void withNothingImportedThePlanIsMadeFromTheDemo() {
        SavedPlan saved = service.plan(inline(HALF_HALF)).plan();

        assertThat(saved.snapshotId()).isNull();
        assertThat(saved.plan().totals().portfolioUsd()).isEqualTo("40000.00");
    }
}
