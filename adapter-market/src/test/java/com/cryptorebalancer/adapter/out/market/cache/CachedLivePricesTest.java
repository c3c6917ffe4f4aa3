package com.cryptorebalancer.adapter.out.market.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.LivePricesPort;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CachedLivePricesTest {

    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset NOPE = Asset.of("NOPE");

    private final MovingClock clock = new MovingClock(Instant.parse("2025-02-20T12:00:00Z"));
    private final CountingSource source = new CountingSource();
    private final CachedLivePrices cached = new CachedLivePrices(source, Duration.ofSeconds(120), Duration.ofHours(24), clock);

    @Test
    void withinTheTimeToLiveOnlyTheCoinsNotCachedAreAsked() {
        cached.currentPrices(Set.of(BTC));
        clock.advance(Duration.ofSeconds(60));
        LivePrices answer = cached.currentPrices(Set.of(BTC, ETH));

        assertThat(source.asked).containsExactly(Set.of(BTC), Set.of(ETH));
        assertThat(answer.prices().get(BTC).usd()).isEqualByComparingTo("96000.5");
        assertThat(answer.stale()).isEmpty();
        assertThat(answer.failure()).isNull();
    }

    @Test
    void afterTheTimeToLiveACoinIsAskedAgain() {
        cached.currentPrices(Set.of(BTC));
        clock.advance(Duration.ofSeconds(121));
        cached.currentPrices(Set.of(BTC));

        assertThat(source.asked).containsExactly(Set.of(BTC), Set.of(BTC));
    }

    @Test
    void aCoinTheSourceDoesNotQuoteIsNotAskedAgainWithinTheTimeToLive() {
        assertThat(cached.currentPrices(Set.of(NOPE)).unknown()).containsExactly(NOPE);
        assertThat(cached.currentPrices(Set.of(NOPE)).unknown()).containsExactly(NOPE);

        assertThat(source.asked).containsExactly(Set.of(NOPE));
    }

    @Test
    void whenTheSourceFailsItsLastPricesAreServedStaleAndTheFailureIsSaid() {
        LivePrices first = cached.currentPrices(Set.of(BTC));
        clock.advance(Duration.ofMinutes(10));
        source.failing = true;

        LivePrices answer = cached.currentPrices(Set.of(BTC, ETH));

        assertThat(answer.prices()).containsOnlyKeys(BTC);
        assertThat(answer.prices().get(BTC)).isEqualTo(first.prices().get(BTC));
        assertThat(answer.stale()).containsExactly(BTC);
        assertThat(answer.unknown()).as("ETH was not answered: neither priced nor unknown").isEmpty();
        assertThat(answer.failure()).isEqualTo("fake: HTTP 503");
    }

    @Test
    void whenTheSourceFailsAndNothingIsKeptTheFailureIsThrown() {
        source.failing = true;

        assertThatThrownBy(() -> cached.currentPrices(Set.of(BTC))).isInstanceOf(PriceSourceException.class)
                .hasMessage("fake: HTTP 503");
    }

    /** Answers BTC and ETH, not NOPE; remembers what it was asked. */
    private final class CountingSource implements LivePricesPort {

        final List<Set<Asset>> asked = new ArrayList<>();
        boolean failing;

        @Override
        public String source() {
            return "fake";
        }

        @Override
        public LivePrices currentPrices(Set<Asset> coins) {
            asked.add(Set.copyOf(coins));
            if (failing) {
                throw new PriceSourceException("fake", "HTTP 503");
            }
            Map<Asset, Price> prices = new HashMap<>();
            Set<Asset> unknown = new HashSet<>();
            for (Asset coin : coins) {
                if (coin.equals(NOPE)) {
                    unknown.add(coin);
                } else {
                    prices.put(coin, new Price(coin, new BigDecimal(coin.equals(BTC) ? "96000.5" : "2700.1"),
                            new PriceSource("fake"), clock.instant()));
                }
            }
            return new LivePrices(prices, unknown);
        }

        @Override
        public SourceHealth health() {
            return new SourceHealth("fake", "closed", null, null, null, asked.size());
        }
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
