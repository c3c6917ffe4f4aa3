package com.cryptorebalancer.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever the sources answer: every coin is priced (above zero) or unpriced, never both, never neither. */
class MarketPricingPropertiesTest {

    private static final Instant NOW = Instant.parse("2025-02-20T12:00:00Z");
    private static final int COINS = 8;

    @Test
    void everyCoinIsPricedOrUnpricedAndOnlyWhenNothingPricesIt() {
        // each coin has 3 bits: in the export, quoted by the first source, quoted by the second
        qt().forAll(integers().between(0, (1 << (3 * COINS)) - 1), booleans().all(), integers().between(0, 2))
                .checkAssert((bits, firstFails, modeIndex) -> {
                    PricingMode mode = PricingMode.values()[modeIndex];
                    Set<Asset> coins = new HashSet<>();
                    Map<Asset, Price> exported = new HashMap<>();
                    MarketPricingTest.FakeSource first = new MarketPricingTest.FakeSource("first");
                    MarketPricingTest.FakeSource second = new MarketPricingTest.FakeSource("second");
                    if (firstFails) {
                        first.failing("down");
                    }
                    for (int i = 0; i < COINS; i++) {
                        Asset coin = Asset.of("C" + (char) ('A' + i));
                        coins.add(coin);
                        int flags = (bits >> (3 * i)) & 7;
                        if ((flags & 1) != 0) {
                            exported.put(coin, new Price(coin, new BigDecimal("1.5"), PriceSource.LOCAL, NOW.minusSeconds(90_000)));
                        }
                        if ((flags & 2) != 0) {
                            first.quotes(coin, "2." + i);
                        }
                        if ((flags & 4) != 0) {
                            second.quotes(coin, "3." + i);
                        }
                    }

                    Pricing pricing = new MarketPricing(List.of(first, second), Clock.fixed(NOW, ZoneOffset.UTC))
                            .price(coins, PriceBook.of(exported), Set.of(), mode, PricingPolicy.DEFAULT);

                    Set<Asset> accounted = new HashSet<>(pricing.quotes().keySet());
                    accounted.addAll(pricing.unpriced());
                    assertThat(accounted).isEqualTo(coins);
                    assertThat(pricing.quotes().size() + pricing.unpriced().size()).as("never both").isEqualTo(coins.size());
                    assertThat(pricing.quotes().values()).allSatisfy(q -> assertThat(q.price().usd()).isPositive());
                    for (Asset coin : coins) {
                        int flags = (bits >> (3 * (coin.symbol().charAt(1) - 'A'))) & 7;
                        boolean live = mode != PricingMode.LOCAL && ((!firstFails && (flags & 2) != 0) || (flags & 4) != 0);
                        boolean priceable = (flags & 1) != 0 || live;
                        assertThat(pricing.unpriced().contains(coin)).as(coin + " flags " + flags + " " + mode)
                                .isEqualTo(!priceable);
                    }
                    if (mode == PricingMode.LOCAL) {
                        assertThat(first.asked).isEmpty();
                        assertThat(second.asked).isEmpty();
                    }
                });
    }
}
