package com.cryptorebalancer.application.service;

import static com.cryptorebalancer.application.service.FakeLoader.source;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentPortfolioServiceTest {

    private static final HoldingsSource DEMO = source("demo-portfolio.csv");
    private static final String FIRST = "first.csv";
    private static final String SECOND = "second.csv";

    private final InMemoryStores stores = new InMemoryStores();
    private final FakeLoader loader = new FakeLoader()
            .with(DEMO.name(), aPortfolio().with("BTC", "0.5", "30000").with("ETH", "2", "5000").build())
            .with(FIRST, aPortfolio().with("BTC", "1", "60000").with("USDT", "40000", "40000").build())
            .with(SECOND, aPortfolio().at("Vsync").with("BTC", "1", "70000").with("ZZZ", "10", "100")
                    .with("DOGE", "50", "20").build());
    private final AtomicReference<TaxonomyOverrides> overrides = new AtomicReference<>(TaxonomyOverrides.NONE);
    private final SettingsService settings = new SettingsService(stores.settings, stores.profiles);
    private final CurrentPortfolioService service = new CurrentPortfolioService(
            new CurrentHoldings(stores.snapshots, loader, DEMO), overrides::get, settings, null, PricingPolicy.DEFAULT,
            InMemoryStores.CLOCK);
    private final ImportSnapshotService importer = new ImportSnapshotService(loader, overrides::get, stores.snapshots,
            InMemoryStores.CLOCK);

    private SnapshotSummary importFile(String name) {
        return importer.importHoldings(new ImportSnapshotCommand(source(name), "upload", false)).snapshot();
    }

    private static BigDecimal groupValue(CurrentPortfolio current, String group) {
        return current.view().overview().groups().stream().filter(g -> g.group().equals(Group.of(group)))
                .map(g -> g.value().value()).findFirst().orElseThrow();
    }

    @Test
    void localPricingOfTheSameHoldingsIsReusedForTenSecondsThenMadeAgain() {
        AtomicReference<Instant> now = new AtomicReference<>(InMemoryStores.NOW);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        CurrentPortfolioService priced = new CurrentPortfolioService(new CurrentHoldings(stores.snapshots, loader, DEMO),
                overrides::get, settings, new MarketPricing(List.of(), clock), PricingPolicy.DEFAULT, clock);

        Pricing first = priced.current(null, "local").view().pricing();
        now.set(InMemoryStores.NOW.plusSeconds(9));
        Pricing again = priced.current(null, null).view().pricing();
        now.set(InMemoryStores.NOW.plusSeconds(10));
        Pricing later = priced.current(null, "local").view().pricing();

        assertThat(first.mode()).isEqualTo(PricingMode.LOCAL);
        assertThat(first.quotes()).containsKey(Asset.of("BTC"));
        assertThat(first.quotes().get(Asset.of("BTC")).price().source().name()).isEqualTo("local");
        assertThat(again).isSameAs(first);
        assertThat(later).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void withNothingImportedTheDemoIsShownAndSaysSo() {
        CurrentPortfolio current = service.current(null);

        assertThat(current.basis().demo()).isTrue();
        assertThat(current.basis().snapshotId()).isNull();
        assertThat(current.basis().takenAt()).isNull();
        assertThat(current.basis().source()).isEqualTo("demo-portfolio.csv");
        assertThat(current.view().overview().total().value()).isEqualByComparingTo("35000");
        assertThat(current.view().imports()).extracting(r -> r.source()).containsExactly("demo-portfolio.csv");
    }

    @Test
    void afterImportsTheNewestSnapshotIsTheBasis() {
        importFile(FIRST);
        SnapshotSummary newest = importFile(SECOND);

        CurrentPortfolio current = service.current(BigDecimal.ZERO);

        assertThat(current.basis().demo()).isFalse();
        assertThat(current.basis().snapshotId()).isEqualTo(newest.id());
        assertThat(current.basis().takenAt()).isEqualTo(InMemoryStores.NOW);
        assertThat(current.basis().source()).isEqualTo(SECOND);
        assertThat(current.view().overview().total().value()).isEqualByComparingTo("70120");
        assertThat(current.view().imports()).extracting(r -> r.source()).containsExactly(SECOND);
    }

    @Test
    void anAliasMovedToAnotherGroupShowsOnTheNextCall() {
        importFile(SECOND);
        assertThat(groupValue(service.current(null), "Others")).isEqualByComparingTo("100");

        overrides.set(TaxonomyOverrides.NONE.withAlias(Asset.of("ZZZ"), Group.of("DeFi")));
        CurrentPortfolio moved = service.current(null);

        assertThat(groupValue(moved, "DeFi")).isEqualByComparingTo("100");
        assertThat(groupValue(moved, "Others")).isEqualByComparingTo("0");
    }

    @Test
    void anUnchangedTaxonomyAndSnapshotReuseTheClassifiedPortfolio() {
        importFile(FIRST);

        CurrentPortfolio first = service.current(null);
        overrides.set(TaxonomyOverrides.NONE.withoutAlias(Asset.of("ZZZ"))); // equal to what was there
        CurrentPortfolio second = service.current(null);

        assertThat(second.portfolio()).isSameAs(first.portfolio());
        assertThat(stores.snapshots.finds).isEqualTo(1);

        overrides.set(TaxonomyOverrides.NONE.withAlias(Asset.of("ZZZ"), Group.of("DeFi")));
        CurrentPortfolio third = service.current(null);

        assertThat(third.portfolio()).isNotSameAs(first.portfolio());
        assertThat(stores.snapshots.finds).as("the snapshot itself is kept in memory").isEqualTo(1);
    }

    @Test
    void aNewSnapshotReplacesTheKeptPortfolio() {
        importFile(FIRST);
        CurrentPortfolio first = service.current(null);
        SnapshotSummary second = importFile(SECOND);

        CurrentPortfolio current = service.current(null);

        assertThat(current.portfolio()).isNotSameAs(first.portfolio());
        assertThat(current.basis().snapshotId()).isEqualTo(second.id());
    }

    @Test
    void aLocationKindDecidedAfterTheImportAppliesToTheStoredHoldings() {
        importFile(SECOND);
        assertThat(service.current(null).portfolio().locations()).extracting(Location::kind)
                .containsExactly(LocationKind.UNKNOWN);

        overrides.set(TaxonomyOverrides.NONE.withLocationKind("Vsync", LocationKind.SOFTWARE_WALLET));
        CurrentPortfolio current = service.current(null);

        assertThat(current.portfolio().locations()).extracting(Location::kind)
                .containsExactly(LocationKind.SOFTWARE_WALLET);
        assertThat(current.view().overview().locations()).extracting(l -> l.location().kind())
                .containsExactly(LocationKind.SOFTWARE_WALLET);
    }

    @Test
    void withoutAMinimumTheSettingsDefaultLeavesOutSmallerHoldings() {
        importFile(SECOND);
        settings.update(Map.of(Settings.DEFAULT_MIN_USD, "50"));

        PortfolioOverview byDefault = service.current(null).view().overview();
        PortfolioOverview everything = service.current(BigDecimal.ZERO).view().overview();

        // DOGE (20 USD) is under the default of 50
        assertThat(byDefault.total().value()).isEqualByComparingTo("70100");
        assertThat(byDefault.excludedValue().values().stream().reduce(UsdAmount.ZERO, UsdAmount::plus).value())
                .isEqualByComparingTo("20");
        assertThat(everything.total().value()).isEqualByComparingTo("70120");
    }

    @Test
    void aNegativeMinimumIsACommandErrorOnMinUsd() {
        assertThatThrownBy(() -> service.current(new BigDecimal("-1")))
                .isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo("min_usd");
    }
}
