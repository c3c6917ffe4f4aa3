package com.cryptorebalancer.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

public class MarketPricingTest {

    private static final Instant NOW = Instant.parse("2025-02-20T12:00:00Z");
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset SOL = Asset.of("SOL");
    private static final Asset USDC = Asset.of("USDC");
    private static final PriceSource GECKO = new PriceSource("coingecko");
    private static final PriceSource KRAKEN = new PriceSource("kraken");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void localPricingUsesTheExportAndAsksNoSource() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "96000");
        Pricing pricing = new MarketPricing(List.of(gecko), clock).price(Set.of(BTC, ETH),
                exported(NOW.minusSeconds(60), BTC, "95000.5", ETH, "2700"), Set.of(), PricingMode.LOCAL, PricingPolicy.DEFAULT);

        assertThat(gecko.asked).isEmpty();
        assertThat(pricing.quotes().get(BTC).price().usd()).isEqualByComparingTo("95000.5");
        assertThat(pricing.quotes().get(BTC).price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(pricing.quotes().get(BTC).stale()).isFalse();
        assertThat(pricing.unpriced()).isEmpty();
        assertThat(pricing.warnings()).isEmpty();
    }

    @Test
    void autoPricingTakesEachCoinFromTheFirstSourceThatQuotesItAndAsksTheNextOnlyForTheRest() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "96000").quotes(ETH, "2700");
        FakeSource kraken = new FakeSource("kraken").quotes(BTC, "1").quotes(SOL, "170.25");
        Pricing pricing = new MarketPricing(List.of(gecko, kraken), clock).price(Set.of(BTC, ETH, SOL, USDC),
                PriceBook.of(Map.of()), Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(gecko.asked).containsExactly(Set.of(BTC, ETH, SOL, USDC));
        // then the coins the first source priced are asked of the second, for a second opinion
        assertThat(kraken.asked).containsExactly(Set.of(SOL, USDC), Set.of(BTC, ETH));
        assertThat(pricing.quotes().get(BTC).price().usd()).isEqualByComparingTo("96000");
        assertThat(pricing.quotes().get(SOL).price().source()).isEqualTo(KRAKEN);
        assertThat(pricing.unpriced()).containsExactly(USDC);
        assertThat(pricing.book().priceOf(USDC)).isEmpty();
        // Kraken's 1 USD for BTC is far from CoinGecko's: said, while the first source's price is kept
        assertThat(pricing.warnings()).extracting(PriceWarning::message)
                .containsExactly("BTC: coingecko says 96000 USD, kraken 1 USD (9599900.00 % apart, more than 5 %)");
    }

    @Test
    void twoLiveSourcesWithinTheAllowedGapRaiseNoWarningAndASecondSourceThatFailsLeavesThePricesAlone() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "96000").quotes(ETH, "2700");
        FakeSource binance = new FakeSource("binance").quotes(BTC, "95990.5").quotes(ETH, "2836");
        Pricing agreeing = new MarketPricing(List.of(gecko, binance), clock).price(Set.of(BTC, ETH), PriceBook.of(Map.of()),
                Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        // ETH: 2836 against 2700 is 5.04 % of the lower price, just over the limit; BTC is 0.01 % apart
        assertThat(agreeing.warnings()).extracting(PriceWarning::code).containsExactly("sources_disagree");
        assertThat(agreeing.warnings().get(0).asset()).isEqualTo(ETH);

        FakeSource down = new FakeSource("binance").failing("HTTP 503 for /api/v3/ticker/price");
        Pricing unchecked = new MarketPricing(List.of(gecko, down), clock).price(Set.of(BTC, ETH), PriceBook.of(Map.of()),
                Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);
        assertThat(unchecked.quotes()).hasSize(2);
        assertThat(unchecked.warnings()).isEmpty();
    }

    @Test
    void aFailingSourceLeavesItsCoinsToTheNextAndIsReported() {
        FakeSource gecko = new FakeSource("coingecko").failing("HTTP 503 for /api/v3/simple/price");
        FakeSource kraken = new FakeSource("kraken").quotes(BTC, "96100");
        Pricing pricing = new MarketPricing(List.of(gecko, kraken), clock).price(Set.of(BTC), PriceBook.of(Map.of()),
                Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.quotes().get(BTC).price().source()).isEqualTo(KRAKEN);
        assertThat(pricing.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("source_failed");
            assertThat(warning.message()).contains("coingecko: HTTP 503").contains("1 coin(s) were asked of the next source");
        });
    }

    @Test
    void withNoLivePriceACoinKeepsTheExportsValueAndAnUnpricedCoinIsNeverZero() {
        FakeSource gecko = new FakeSource("coingecko").failing("no answer within 20000 ms");
        Pricing pricing = new MarketPricing(List.of(gecko), clock).price(Set.of(BTC, ETH),
                exported(NOW.minusSeconds(60), BTC, "95000"), Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.quotes().get(BTC).price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(pricing.quotes()).doesNotContainKey(ETH);
        assertThat(pricing.unpriced()).containsExactly(ETH);
        assertThat(pricing.warnings()).extracting(PriceWarning::code).containsExactly("source_failed", "no_live_price");
    }

    @Test
    void hybridPricingKeepsARecentExportAndRefreshesAnOldOneOrAMissingValue() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "96000").quotes(ETH, "2750");
        MarketPricing pricing = new MarketPricing(List.of(gecko), clock);

        Pricing recent = pricing.price(Set.of(BTC, ETH), exported(NOW.minus(Duration.ofHours(2)), BTC, "95000"), Set.of(),
                PricingMode.HYBRID, PricingPolicy.DEFAULT);
        assertThat(recent.quotes().get(BTC).price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(recent.quotes().get(ETH).price().source()).as("no value in the export").isEqualTo(GECKO);
        assertThat(gecko.asked).containsExactly(Set.of(ETH));

        Pricing old = pricing.price(Set.of(BTC), exported(NOW.minus(Duration.ofDays(2)), BTC, "95000"), Set.of(),
                PricingMode.HYBRID, PricingPolicy.DEFAULT);
        assertThat(old.quotes().get(BTC).price().source()).isEqualTo(GECKO);
    }

    @Test
    void withNoSourceConfiguredLivePricingSaysSoAndKeepsTheExportsValues() {
        Pricing pricing = new MarketPricing(List.of(), clock).price(Set.of(BTC), exported(NOW.minusSeconds(60), BTC, "95000"),
                Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.quotes().get(BTC).price().source()).isEqualTo(PriceSource.LOCAL);
        assertThat(pricing.warnings()).extracting(PriceWarning::message)
                .containsExactly("no live price source is configured; 1 coin(s) wanted a live price",
                        "1 coin(s) got no live price and keep the export's value: BTC");
    }

    @Test
    void aPriceOlderThanThePolicyOrKeptAfterAFailureIsStale() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "96000").staleFor(BTC).quotes(ETH, "2700");
        Pricing pricing = new MarketPricing(List.of(gecko), clock).price(Set.of(BTC, ETH, SOL),
                exported(NOW.minus(Duration.ofHours(3)), SOL, "170"), Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.quotes().get(BTC).stale()).as("served stale by its source").isTrue();
        assertThat(pricing.quotes().get(ETH).stale()).isFalse();
        assertThat(pricing.quotes().get(SOL).stale()).as("3 h old, the policy allows 1 h").isTrue();
        assertThat(pricing.warnings()).filteredOn(w -> w.code().equals("stale_price")).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("2 of 3 prices are stale").contains("SOL from local"));
        assertThat(pricing.warnings()).filteredOn(w -> w.code().equals("source_failed")).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("coingecko: down, kept prices; 1 coin(s) keep its last"
                        + " price, marked stale: BTC; 1 coin(s) were asked of the next source, if any"));
    }

    @Test
    void aStablecoinOffItsPegIsWarnedAbout() {
        FakeSource gecko = new FakeSource("coingecko").quotes(USDC, "0.9612").quotes(Asset.of("USDT"), "1.0004");
        Pricing pricing = new MarketPricing(List.of(gecko), clock).price(Set.of(USDC, Asset.of("USDT")),
                PriceBook.of(Map.of()), Set.of(USDC, Asset.of("USDT")), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("stablecoin_off_peg");
            assertThat(w.asset()).isEqualTo(USDC);
            assertThat(w.message()).isEqualTo("USDC is priced 0.9612 USD by coingecko, outside 0.97-1.03 USD");
        });
    }

    @Test
    void theExportAndALiveSourceMoreThanTheAllowedPercentageApartAreWarnedAbout() {
        FakeSource gecko = new FakeSource("coingecko").quotes(BTC, "110000").quotes(ETH, "2754");
        Pricing pricing = new MarketPricing(List.of(gecko), clock).price(Set.of(BTC, ETH),
                exported(NOW.minusSeconds(60), BTC, "100000", ETH, "2700"), Set.of(), PricingMode.AUTO, PricingPolicy.DEFAULT);

        assertThat(pricing.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("sources_disagree");
            assertThat(w.message()).isEqualTo("BTC: coingecko says 110000 USD, the export 100000 USD (10.00 % apart, more than 5 %)");
        });
    }

    private static PriceBook exported(Instant at, Object... coinsAndPrices) {
        Map<Asset, Price> prices = new HashMap<>();
        for (int i = 0; i < coinsAndPrices.length; i += 2) {
            Asset coin = (Asset) coinsAndPrices[i];
            prices.put(coin, new Price(coin, new BigDecimal((String) coinsAndPrices[i + 1]), PriceSource.LOCAL, at));
        }
        return PriceBook.of(prices);
    }

    /** A live source answering from a table, or failing, and remembering what it was asked. */
    public static final class FakeSource implements LivePricesPort {

        final List<Set<Asset>> asked = new ArrayList<>();
        private final String name;
        private final Map<Asset, BigDecimal> table = new LinkedHashMap<>();
        private final Set<Asset> stale = new TreeSet<>();
        private String failure;

        public FakeSource(String name) {
            this.name = name;
        }

        public FakeSource quotes(Asset coin, String usd) {
            table.put(coin, new BigDecimal(usd));
            return this;
        }

        public FakeSource staleFor(Asset coin) {
            stale.add(coin);
            return this;
        }

        FakeSource failing(String message) {
            failure = message;
            return this;
        }

        @Override
        public String source() {
            return name;
        }

        @Override
        public LivePrices currentPrices(Set<Asset> coins) {
            asked.add(Set.copyOf(coins));
            if (failure != null) {
                throw new PriceSourceException(name, failure);
            }
            Map<Asset, Price> prices = new HashMap<>();
            Set<Asset> unknown = new TreeSet<>();
            for (Asset coin : coins) {
                if (table.containsKey(coin)) {
                    prices.put(coin, new Price(coin, table.get(coin), new PriceSource(name), NOW.minusSeconds(30)));
                } else {
                    unknown.add(coin);
                }
            }
            Set<Asset> staleHere = new TreeSet<>(stale);
            staleHere.retainAll(prices.keySet());
            return new LivePrices(prices, unknown, staleHere, staleHere.isEmpty() ? null : name + ": down, kept prices");
        }

        @Override
        public SourceHealth health() {
            return new SourceHealth(name, "closed", null, null, failure, asked.size());
        }
    }
}
