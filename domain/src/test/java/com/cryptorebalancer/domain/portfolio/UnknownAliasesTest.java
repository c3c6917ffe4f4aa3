package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownAliasesTest {

    @Test
    void unknownTickersAreListedLargestValueFirstThenByTicker() {
        List<UnknownAlias> unknown = aPortfolio()
                .with("BTC", "1", "110000")
                .with("KLY", "451.294", "1.03")
                .at("Metamask Base non secure").with("PIP", "0.99", "0.67").with("BNKR", "10000", "266.53")
                .at("Ledger Wallets").with("PIP", "1.98", "1.35").with("IMO", "2423.84317166", "3543.24")
                .with("CHERRY", "12.6", "2.02")
                .classified().unknownAliases();
        assertThat(unknown).extracting(alias -> alias.symbol().symbol())
                .containsExactly("IMO", "BNKR", "CHERRY", "PIP", "KLY");
        assertThat(unknown).extracting(UnknownAlias::value).containsExactly(UsdAmount.of("3543.24"),
                UsdAmount.of("266.53"), UsdAmount.of("2.02"), UsdAmount.of("2.02"), UsdAmount.of("1.03"));
        assertThat(unknown.get(3)).satisfies(pip -> {
            assertThat(pip.holdings()).isEqualTo(2);
            assertThat(pip.locations()).containsExactly("Ledger Wallets", "Metamask Base non secure");
        });
    }

    @Test
    void onlyPricedPositiveHoldingsCountTowardsTheValueButAllAreCounted() {
        List<UnknownAlias> unknown = aPortfolio()
                .with("FUEL", "-70.04", "-0.01")
                .at("Bitget Spot").unpriced("FUEL", "5").with("FUEL", "1", "0.50")
                .classified().unknownAliases();
        assertThat(unknown).singleElement().satisfies(fuel -> {
            assertThat(fuel.value()).isEqualTo(UsdAmount.of("0.5"));
            assertThat(fuel.holdings()).isEqualTo(3);
            assertThat(fuel.locations()).containsExactly("Binance", "Bitget Spot");
        });
    }

    @Test
    void aStakingSuffixIsFoldedIntoTheBareTickerAndTheFirstPrintedNameIsKept() {
        List<UnknownAlias> unknown = aPortfolio()
                .withNamed("IMO", "Ideamarket", "1", "1.46")
                .at("Kraken Earn").with("IMO.S", "2", "2.92")
                .classified().unknownAliases();
        assertThat(unknown).singleElement().satisfies(imo -> {
            assertThat(imo.symbol()).isEqualTo(Asset.of("IMO"));
            assertThat(imo.coinName()).isEqualTo("Ideamarket");
            assertThat(imo.value()).isEqualTo(UsdAmount.of("4.38"));
        });
    }

    @Test
    void knownCoinsAreNeverUnknown() {
        assertThat(aPortfolio().with("SOL2", "1", "187").with("CBXRP", "10", "29.17").with("XRP", "10", "28.80")
                .classified().unknownAliases()).isEmpty();
    }
}
