package com.cryptorebalancer.domain.portfolio;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.AS_OF;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioLocalPricesTest {

    @Test
    void aCoinsPriceIsItsTotalValueOverItsTotalQuantityAcrossTickersAndLocations() {
        PriceBook prices = aPortfolio()
                .at("Kraken Earn").with("SOL2", "5.58712928", "1046.11")
                .at("Ledger Wallets").with("SOL2", "12.46274149", "2333.47")
                .at("Kraken").with("SOL.S", "2", "374.40")
                .classified().localPrices();
        // (1046.11 + 2333.47 + 374.40) / (5.58712928 + 12.46274149 + 2)
        assertThat(prices.priceOf(Asset.of("SOL"))).get().satisfies(sol -> {
            assertThat(sol.usd()).isEqualByComparingTo("187.2321294767128");
            assertThat(sol.source()).isEqualTo(PriceSource.LOCAL);
            assertThat(sol.asOf()).isEqualTo(AS_OF);
        });
        assertThat(prices.priceOf(Asset.of("SOL2"))).isEmpty();
        assertThat(prices.size()).isOne();
    }

    @Test
    void negativeAndUnpricedHoldingsDoNotMoveThePrice() {
        PriceBook prices = aPortfolio()
                .with("BTC", "0.5", "55000")
                .with("BTC", "-0.00008169", "-8.97")
                .unpriced("BTC", "1")
                .classified().localPrices();
        assertThat(prices.priceOf(Asset.of("BTC"))).get().extracting(Price::usd, BIG_DECIMAL).isEqualByComparingTo("110000");
    }

    @Test
    void aCoinHeldOnlyNegativeOrUnpricedHasNoPrice() {
        PriceBook prices = aPortfolio().with("GST9", "-1416.349", "-7.84").unpriced("FUEL", "70").classified().localPrices();
        assertThat(prices.prices()).isEmpty();
    }

    @Test
    void thePriceIsTimedAtTheLatestValuation() {
        Instant later = AS_OF.plusSeconds(3600);
        Asset eth = Asset.of("ETH");
        Holding early = holding("ETH", null, "Binance", "1", "4400");
        Holding late = Holding.valued(eth, null, LocationRules.defaults().locate("Kraken"), Quantity.of("1", "ETH"),
                UsdAmount.of("4440"), PriceSource.LOCAL, later);
        PriceBook prices = Portfolio.classify(List.of(late, early), Taxonomy.defaults()).localPrices();
        assertThat(prices.priceOf(eth)).get().satisfies(price -> {
            assertThat(price.asOf()).isEqualTo(later);
            assertThat(price.usd()).isEqualByComparingTo("4420");
        });
    }
}
