package com.cryptorebalancer.application.pricing;

import static com.cryptorebalancer.domain.testdata.HoldingsTestData.holding;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioPricingTest {

    private static final Instant LIVE_AT = Instant.parse("2025-08-27T10:00:00Z");

    @Test
    void aHoldingSpelledOtherwiseIsRevaluedAtItsCoinsLivePrice() {
        // CoinTracking's SOL2 is Solana: the live quote is filed under the coin, SOL, not the ticker
        Portfolio portfolio = Portfolio.classify(List.of(
                holding("SOL2", "Solana", "Binance", "10", "1500"),
                holding("SOL", "Solana", "Kraken", "2", "300")), Taxonomy.defaults());
        Price live = new Price(Asset.of("SOL"), new BigDecimal("200"), new PriceSource("coingecko"), LIVE_AT);
        Pricing pricing = new Pricing(PricingMode.AUTO, Map.of(Asset.of("SOL"), new PriceQuote(live, false)), Set.of(), List.of());

        Portfolio revalued = PortfolioPricing.revalued(portfolio, pricing, Taxonomy.defaults());

        assertThat(revalued.positions()).extracting(Position::coin).containsOnly(Asset.of("SOL"));
        assertThat(revalued.positions()).allSatisfy(position -> {
            assertThat(position.holding().priceSource()).isEqualTo(new PriceSource("coingecko"));
            assertThat(position.holding().pricedAt()).isEqualTo(LIVE_AT);
        });
        assertThat(revalued.positions().get(0).holding().value().value()).isEqualByComparingTo("2000");
        assertThat(revalued.positions().get(1).holding().value().value()).isEqualByComparingTo("400");
    }
}
