package com.cryptorebalancer.application.service;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PlanRebalanceCommand;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import com.cryptorebalancer.domain.rebalancing.Side;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanRebalanceServiceTest {

    private static final HoldingsSource SOURCE = new HoldingsSource("test.csv", () -> new ByteArrayInputStream(new byte[0]), null);

    private static LoadHoldingsPort holding(List<Holding> holdings) {
        return (source, options) -> new ImportedHoldings(holdings, new ImportReport(source.name(), "test", holdings.size(),
                holdings.size(), Map.of(), List.of(), UsdAmount.ZERO, UsdAmount.ZERO, 0, UsdAmount.ZERO, 0, null, "given"));
    }

    private static PlanRebalanceCommand command(Map<String, BigDecimal> targets, Map<String, List<PrimaryCoin>> primaries) {
        return new PlanRebalanceCommand(List.of(SOURCE), false, targets, RebalanceMode.FULL, BigDecimal.ZERO,
                BigDecimal.ONE, new BigDecimal("25"), null, primaries);
    }

    private final List<Holding> holdings = aPortfolio().with("BTC", "1", "60000").with("USDT", "40000", "40000")
            .with("ZZZ", "10", "100").build();

    @Test
    void plansWithTheImportedValuesAsLocalPricesAndCarriesTheImportReports() {
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> TaxonomyOverrides.NONE);

        PlanResult result = service.plan(command(Map.of("BTC", new BigDecimal("50"), "Stablecoins", new BigDecimal("50")), Map.of()));

        assertThat(result.pricing()).isEqualTo("local");
        assertThat(result.imports()).extracting(ImportReport::source).containsExactly("test.csv");
        assertThat(result.prices().priceOf(Asset.of("BTC")).orElseThrow().usd()).isEqualByComparingTo("60000");
        assertThat(result.plan().actions()).filteredOn(a -> a.side() == Side.SELL)
                .extracting(a -> a.coin().symbol()).contains("BTC", "ZZZ");
    }

    @Test
    void withAutoPricingTheLivePricesValueTheHoldingsAndTheirWarningsComeFirst() {
        var gecko = new com.cryptorebalancer.application.pricing.MarketPricingTest.FakeSource("coingecko")
                .quotes(Asset.of("BTC"), "66000").quotes(Asset.of("USDT"), "0.95").staleFor(Asset.of("USDT"));
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> TaxonomyOverrides.NONE,
                new MarketPricing(List.of(gecko), Clock.fixed(Instant.parse("2025-02-20T12:01:00Z"), ZoneOffset.UTC)),
                PricingPolicy.DEFAULT);
        PlanRebalanceCommand base = command(Map.of("BTC", new BigDecimal("50"), "Stablecoins", new BigDecimal("50")), Map.of());
        PlanRebalanceCommand auto = new PlanRebalanceCommand(base.sources(), false, base.targets(), base.mode(), base.cashUsd(),
                base.minUsd(), base.minTradeUsd(), null, Map.of(), PricingMode.AUTO);

        PlanResult result = service.plan(auto);

        assertThat(result.pricing()).isEqualTo("auto");
        assertThat(result.prices().priceOf(Asset.of("BTC")).orElseThrow().usd()).isEqualByComparingTo("66000");
        assertThat(result.prices().priceOf(Asset.of("BTC")).orElseThrow().source().name()).isEqualTo("coingecko");
        assertThat(result.prices().priceOf(Asset.of("ZZZ")).orElseThrow().source().name()).as("no live price: the export's")
                .isEqualTo("local");
        assertThat(result.plan().total().value()).isEqualByComparingTo("104100");
        assertThat(result.stalePrices()).as("USDT kept after its source failed; BTC fresh")
                .contains(Asset.of("USDT")).doesNotContain(Asset.of("BTC"));
        assertThat(com.cryptorebalancer.application.report.PlanReport.of(result).actions())
                .allSatisfy(action -> assertThat(action.priceStale())
                        .isEqualTo(result.stalePrices().contains(Asset.of(action.symbol()))))
                .anySatisfy(action -> assertThat(action.symbol()).isEqualTo("USDT"))
                .anySatisfy(action -> assertThat(action.symbol()).isEqualTo("BTC"));
        assertThat(result.priceWarnings()).anySatisfy(w -> assertThat(w).startsWith("USDT is priced 0.95 USD by coingecko"))
                .anySatisfy(w -> assertThat(w).startsWith("BTC: coingecko says 66000 USD, the export 60000 USD"));
    }

    @Test
    void theSavedTaxonomyChangesAreAppliedToThePlan() {
        TaxonomyOverrides zzzIsDefi = TaxonomyOverrides.NONE.withAlias(Asset.of("ZZZ"), Group.of("DeFi"));
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> zzzIsDefi);

        PlanResult result = service.plan(command(Map.of("BTC", new BigDecimal("50"), "Stablecoins", new BigDecimal("49.9"),
                "DeFi", new BigDecimal("0.1")), Map.of()));

        assertThat(result.plan().unknownAliases()).isEmpty();
        assertThat(result.plan().groups()).filteredOn(g -> g.group().name().equals("DeFi"))
                .singleElement().satisfies(g -> assertThat(g.current().value()).isEqualByComparingTo("100"));
    }

    @Test
    void theSavedTaxonomyIsReadOncePerPlanSoTargetsAndHoldingsSeeTheSameOne() {
        AtomicInteger reads = new AtomicInteger();
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> {
            reads.incrementAndGet();
            return TaxonomyOverrides.NONE;
        });

        service.plan(command(Map.of("BTC", new BigDecimal("50"), "Stablecoins", new BigDecimal("50")), Map.of()));

        assertThat(reads).hasValue(1);
    }

    @Test
    void targetsThatDoNotAddUpAreACommandErrorOnTheTargetsField() {
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> TaxonomyOverrides.NONE);

        assertThatThrownBy(() -> service.plan(command(Map.of("BTC", new BigDecimal("40")), Map.of())))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("add up to 40 %")
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo("targets");
    }

    @Test
    void primaryCoinsOfAGroupThatDoesNotExistAreACommandErrorNamingIt() {
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> TaxonomyOverrides.NONE);

        assertThatThrownBy(() -> service.plan(command(Map.of("BTC", new BigDecimal("100")),
                Map.of("Layer 7", List.of(PrimaryCoin.of("ADA"))))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("'Layer 7'")
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo("primaries");
    }

    @Test
    void aBrokenSavedTaxonomyIsACommandErrorNotACrash() {
        TaxonomyOverrides broken = new TaxonomyOverrides(Map.of(Asset.of("ZZZ"), Group.of("Vanished")), List.of(), Map.of());
        PlanRebalanceService service = new PlanRebalanceService(holding(holdings), () -> broken);

        assertThatThrownBy(() -> service.plan(command(Map.of("BTC", new BigDecimal("100")), Map.of())))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("saved taxonomy changes")
                .hasMessageContaining("'Vanished'");
    }
}
