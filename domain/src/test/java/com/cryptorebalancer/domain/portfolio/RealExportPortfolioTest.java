package com.cryptorebalancer.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Exclusion.Reason;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview.GroupTotal;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.testdata.RealExportTestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real export end to end through the domain. Expected figures were computed from the file with a separate
 * script (sums of the "Current value in USD" column), not by this code.
 */
class RealExportPortfolioTest {

    private static final Portfolio PORTFOLIO = Portfolio.classify(RealExportTestData.holdings(), Taxonomy.defaults());
    private static final UsdAmount MIN_USD = UsdAmount.of("1");

    @Test
    void unknownAliasesAreReportedLargestValueFirstWithTheirUsdValues() {
        List<UnknownAlias> unknown = PORTFOLIO.unknownAliases();
        assertThat(unknown).hasSize(40);
        assertThat(unknown).extracting(UnknownAlias::value).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(unknown.subList(0, 10))
                .extracting(a -> a.symbol().symbol(), a -> a.value().toCentsString(), UnknownAlias::holdings)
                .containsExactly(
                        tuple("IMO", "3543.24", 1),
                        tuple("BNKR", "266.53", 1),
                        tuple("LUNA2", "246.65", 2),
                        tuple("JMPT", "219.32", 1),
                        tuple("DOGI3", "184.99", 1),
                        tuple("ATR", "151.03", 1),
                        tuple("DIAMOND", "113.19", 1),
                        tuple("LUNA3", "68.57", 2),
                        tuple("WAL3", "50.35", 1),
                        tuple("VSX", "32.90", 1));
        assertThat(unknown.get(0).locations()).containsExactly("Ledger Wallets");
        assertThat(unknown).filteredOn(a -> a.symbol().symbol().equals("PIP")).singleElement()
                .satisfies(pip -> assertThat(pip.locations()).containsExactly("Ledger Wallets", "Metamask Base non secure"));
        // the smallest: ties at 0.02 and 0.01 by ticker, and FUEL, held only as a debt, last at zero
        assertThat(unknown.subList(34, 40)).extracting(a -> a.symbol().symbol())
                .containsExactly("AIR", "MARCO2", "NLUNA", "ETF", "IT", "FUEL");
        assertThat(unknown.stream().map(UnknownAlias::value).reduce(UsdAmount.ZERO, UsdAmount::plus))
                .isEqualTo(UsdAmount.of("4933.20"));
    }

    @Test
    void screeningLeavesOutDebtsAndDustAndDropsNothing() {
        Screening screening = PORTFOLIO.screen(MIN_USD);
        assertThat(PORTFOLIO.positions()).hasSize(306);
        assertThat(screening.eligible()).hasSize(224);
        assertThat(screening.excluded()).hasSize(82);
        assertThat(screening.excluded()).filteredOn(e -> e.reason() == Reason.NEGATIVE_BALANCE).hasSize(21);
        assertThat(screening.excluded()).filteredOn(e -> e.reason() == Reason.DUST).hasSize(61);
    }

    @Test
    void overviewTotalsMatchTheFile() {
        PortfolioOverview overview = PortfolioOverview.of(PORTFOLIO, MIN_USD);
        assertThat(overview.total()).isEqualTo(UsdAmount.of("423642.87"));
        assertThat(overview.excludedValue()).containsExactly(
                Map.entry(Reason.NEGATIVE_BALANCE, UsdAmount.of("-2761.08")), Map.entry(Reason.DUST, UsdAmount.of("12.17")));
        assertThat(overview.groups()).extracting(g -> g.group().name(), g -> g.value().toCentsString())
                .startsWith(tuple("BTC", "181503.93"), tuple("ETH", "101407.50"), tuple("Stablecoins", "27616.89"),
                        tuple("SOL", "8119.57"));
        assertThat(overview.groups().stream().map(GroupTotal::value).reduce(UsdAmount.ZERO, UsdAmount::plus))
                .isEqualTo(overview.total());
        assertThat(overview.locations()).hasSize(25)
                .extracting(l -> l.location().name(), l -> l.value().toCentsString(), l -> l.holdings())
                .startsWith(tuple("Ledger Wallets", "282521.88", 35), tuple("Kraken Earn", "49310.14", 20),
                        tuple("Binance", "34550.59", 89), tuple("Kraken", "26849.74", 29));
    }

    @ParameterizedTest(name = "{0} is priced {1} USD")
    @CsvSource({
            "SOL,   187.2356002956053",
            "BTC,   109822.4769945929",
            "LUNA,  1.223080790860298",
            "LUNA3, 0.1474061915422309",
    })
    void localPricesAreValueOverQuantityPerCoinWithSol2UnderSolAndTerraKeptApart(String coin, String usd) {
        PriceBook prices = PORTFOLIO.localPrices();
        assertThat(prices.priceOf(Asset.of(coin))).get().extracting(Price::usd, BIG_DECIMAL).isEqualByComparingTo(usd);
        assertThat(prices.priceOf(Asset.of("SOL2"))).isEmpty();
    }
}
