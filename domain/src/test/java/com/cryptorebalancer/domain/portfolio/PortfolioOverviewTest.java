package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Exclusion.Reason;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview.CoinTotal;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview.GroupTotal;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview.LocationTotal;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioOverviewTest {

    private static final UsdAmount MIN_USD = UsdAmount.of("1");

    /** 10 000 USD in all: BTC 6 000, SOL 2 500 (SOL2 and JITOSOL), USDT 1 000, IMO 500, and some left out. */
    private static HoldingsTestData holdings() {
        return aPortfolio()
                .with("USDT", "1000", "1000")
                .with("BTC", "-0.00008169", "-8.97")
                .with("PEPE4", "1000", "0.01")
                .unpriced("FUEL", "70")
                .at("Ledger Wallets").with("BTC", "0.05", "6000").with("SOL2", "10", "2000")
                .at("Kraken Earn").with("JITOSOL", "2", "500")
                .at("Metamask Base non secure").with("IMO", "342", "500");
    }

    @Test
    void groupsAreListedInTheTaxonomysOrderWithTheirCoinsLargestFirst() {
        PortfolioOverview overview = PortfolioOverview.of(holdings().classified(), MIN_USD);
        assertThat(overview.total()).isEqualTo(UsdAmount.of("10000"));
        assertThat(overview.groups()).extracting(GroupTotal::group).isEqualTo(Taxonomy.DEFAULT_GROUPS);
        assertThat(overview.groups()).extracting(g -> g.value().value().toPlainString())
                .containsExactly("6000", "0", "1000", "2500", "0", "0", "0", "0", "0", "0", "500");
        assertThat(overview.groups()).extracting(g -> g.weight().toPercent().toPlainString())
                .containsExactly("60.00", "0.00", "10.00", "25.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "5.00");
        GroupTotal sol = overview.groups().get(3);
        assertThat(sol.coins()).extracting(CoinTotal::coin).containsExactly(Asset.of("SOL"), Asset.of("JITOSOL"));
        assertThat(sol.coins()).extracting(c -> c.weight().toPercent().toPlainString()).containsExactly("80.00", "20.00");
        assertThat(overview.groups().get(1).coins()).isEmpty();
    }

    @Test
    void aCustomGroupOrderIsFollowed() {
        Taxonomy taxonomy = Taxonomy.withOverrides(TaxonomyOverrides.NONE.withGroupOrder(List.of(Group.OTHERS, Group.of("SOL"))));
        PortfolioOverview overview = PortfolioOverview.of(holdings().classified(taxonomy), MIN_USD);
        assertThat(overview.groups()).extracting(g -> g.group().name()).startsWith("Others", "SOL", "BTC", "ETH");
        assertThat(overview.groups().get(0).value()).isEqualTo(UsdAmount.of("500"));
    }

    @Test
    void locationsAreListedLargestFirstWithTheirHoldingCounts() {
        PortfolioOverview overview = PortfolioOverview.of(holdings().classified(), MIN_USD);
        assertThat(overview.locations()).extracting(l -> l.location().name())
                .containsExactly("Ledger Wallets", "Binance", "Kraken Earn", "Metamask Base non secure");
        assertThat(overview.locations()).extracting(LocationTotal::value).containsExactly(UsdAmount.of("8000"),
                UsdAmount.of("1000"), UsdAmount.of("500"), UsdAmount.of("500"));
        assertThat(overview.locations()).extracting(LocationTotal::holdings).containsExactly(2, 1, 1, 1);
        assertThat(overview.locations().get(0).weight().toPercent()).isEqualByComparingTo("80");
    }

    @Test
    void whatIsLeftOutIsListedWithItsValueByReason() {
        PortfolioOverview overview = PortfolioOverview.of(holdings().classified(), MIN_USD);
        assertThat(overview.excluded()).extracting(e -> e.position().holding().asset().symbol())
                .containsExactly("BTC", "PEPE4", "FUEL");
        assertThat(overview.excludedValue()).containsExactly(
                Map.entry(Reason.NEGATIVE_BALANCE, UsdAmount.of("-8.97")),
                Map.entry(Reason.NO_PRICE, UsdAmount.ZERO),
                Map.entry(Reason.DUST, UsdAmount.of("0.01")));
    }

    @Test
    void unknownAliasesAreThoseOfThePortfolio() {
        Portfolio portfolio = holdings().classified();
        PortfolioOverview overview = PortfolioOverview.of(portfolio, MIN_USD);
        assertThat(overview.unknownAliases()).isEqualTo(portfolio.unknownAliases());
        assertThat(overview.unknownAliases()).extracting(UnknownAlias::symbol).containsExactly(Asset.of("IMO"), Asset.of("FUEL"));
    }

    @Test
    void anEmptyPortfolioHasZeroEverywhere() {
        PortfolioOverview overview = PortfolioOverview.of(aPortfolio().classified(), MIN_USD);
        assertThat(overview.total().isZero()).isTrue();
        assertThat(overview.groups()).hasSize(11).allSatisfy(g -> assertThat(g.weight().fraction()).isZero());
        assertThat(overview.locations()).isEmpty();
        assertThat(overview.excludedValue()).isEmpty();
    }
}
