package com.cryptorebalancer.adapter.out.market.coingecko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoinGeckoAdaptersTest {

    /** Read as MarketHttp reads answers: decimals as BigDecimal, unknown fields ignored. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Asset BTC = Asset.of("BTC");
    private static final PriceSource COINGECKO = new PriceSource("coingecko");
    private static final Instant ANSWERED = Instant.parse("2024-03-02T00:30:00Z");

    @Test
    void aDailyPointStampedMidnightIsTheCloseOfTheDayBefore() throws Exception {
        CoinGeckoMarketChart chart = JSON.readValue(CoinGeckoFixtures.resource(
                "market-chart-range-bitcoin-2024-02-28.json"), CoinGeckoMarketChart.class);

        List<DailyClose> closes = CoinGeckoAdapters.adaptDailyCloses(BTC, chart.prices(),
                LocalDate.parse("2024-02-28"), LocalDate.parse("2024-03-02"), COINGECKO);

        // the closes of BTC-USD_1d.csv; the 2024-02-28 00:00 point (close of the 27th) is outside the days asked
        assertThat(closes).extracting(DailyClose::day).containsExactly(LocalDate.parse("2024-02-28"),
                LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-02"));
        assertThat(closes).extracting(DailyClose::closeUsd).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("62504.7890625"), new BigDecimal("61198.3828125"),
                        new BigDecimal("62440.6328125"), new BigDecimal("62029.84765625"));
        assertThat(closes).allSatisfy(close -> assertThat(close.source()).isEqualTo(COINGECKO));
    }

    @Test
    void amongHourlyPointsTheLastOfTheDayIsItsClose() {
        // BTC on 2024-03-01 in BTC-USD_1d.csv: open, low, high, close; then the open of the 2nd
        List<List<BigDecimal>> points = List.of(
                point("2024-03-01T00:00:41Z", "61168.0625"),
                point("2024-03-01T23:00:41Z", "62440.6328125"),
                point("2024-03-01T11:00:41Z", "60802.52734375"),
                point("2024-03-01T17:00:41Z", "63155.1015625"),
                point("2024-03-02T00:00:41Z", "62431.65234375"));

        List<DailyClose> closes = CoinGeckoAdapters.adaptDailyCloses(BTC, points, LocalDate.parse("2024-03-01"),
                LocalDate.parse("2024-03-02"), COINGECKO);

        assertThat(closes).hasSize(2);
        assertThat(closes.get(0).day()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(closes.get(0).closeUsd()).isEqualByComparingTo("62440.6328125");
        assertThat(closes.get(1).closeUsd()).isEqualByComparingTo("62431.65234375");
    }

    @Test
    void midnightBelongsToTheDayThatEndsThere() {
        assertThat(CoinGeckoAdapters.closeDay(Instant.parse("2024-03-02T00:00:00Z"))).isEqualTo("2024-03-01");
        assertThat(CoinGeckoAdapters.closeDay(Instant.parse("2024-03-02T00:00:00.001Z"))).isEqualTo("2024-03-02");
        assertThat(CoinGeckoAdapters.closeDay(Instant.parse("2024-03-01T23:59:59.999Z"))).isEqualTo("2024-03-01");
    }

    @Test
    void pointsWithoutAPositivePriceAreSkippedNeverCloses() {
        List<List<BigDecimal>> points = new ArrayList<>();
        points.add(Arrays.asList(millis("2024-02-29T00:00:00Z"), null));
        points.add(point("2024-03-01T00:00:00Z", "0"));
        points.add(point("2024-03-02T00:00:00Z", "-1"));
        points.add(point("2024-03-03T00:00:00Z", "62029.84765625"));

        List<DailyClose> closes = CoinGeckoAdapters.adaptDailyCloses(BTC, points, LocalDate.parse("2024-02-27"),
                LocalDate.parse("2024-03-03"), COINGECKO);

        assertThat(closes).singleElement().satisfies(close -> {
            assertThat(close.day()).isEqualTo(LocalDate.parse("2024-03-02"));
            assertThat(close.closeUsd()).isEqualByComparingTo("62029.84765625");
        });
    }

    @Test
    void aPointThatIsNotTimeAndPriceIsMalformed() {
        List<List<BigDecimal>> points = List.of(List.of(millis("2024-03-02T00:00:00Z")));

        assertThatThrownBy(() -> CoinGeckoAdapters.adaptDailyCloses(BTC, points, LocalDate.parse("2024-03-01"),
                LocalDate.parse("2024-03-01"), COINGECKO))
                .isInstanceOf(PriceSourceException.class)
                .hasMessageContaining("coingecko").hasMessageContaining("BTC");
    }

    @Test
    void aLivePriceIsAtCoinGeckosUpdateTimeOrElseAtTheAnswers() {
        Optional<Price> updated = CoinGeckoAdapters.adaptPrice(BTC,
                new CoinGeckoSimplePrice(new BigDecimal("62440.6328125"), 1709337540L), COINGECKO, ANSWERED);
        Optional<Price> undated = CoinGeckoAdapters.adaptPrice(BTC,
                new CoinGeckoSimplePrice(new BigDecimal("62440.6328125"), null), COINGECKO, ANSWERED);

        assertThat(updated).get().extracting(Price::asOf).isEqualTo(Instant.parse("2024-03-01T23:59:00Z"));
        assertThat(updated.get().usd()).isEqualByComparingTo("62440.6328125");
        assertThat(undated).get().extracting(Price::asOf).isEqualTo(ANSWERED);
    }

    @Test
    void noPositiveUsdValueIsNoPrice() {
        assertThat(CoinGeckoAdapters.adaptPrice(BTC, null, COINGECKO, ANSWERED)).isEmpty();
        assertThat(CoinGeckoAdapters.adaptPrice(BTC, new CoinGeckoSimplePrice(null, 1709337540L), COINGECKO, ANSWERED))
                .isEmpty();
        assertThat(CoinGeckoAdapters.adaptPrice(BTC, new CoinGeckoSimplePrice(BigDecimal.ZERO, 1709337540L), COINGECKO,
                ANSWERED)).isEmpty();
        assertThat(CoinGeckoAdapters.adaptPrice(BTC, new CoinGeckoSimplePrice(new BigDecimal("-0.5"), null), COINGECKO,
                ANSWERED)).isEmpty();
    }

    @Test
    void theLargestMarketCapAmongTheCandidatesWinsAndNoneMeansNone() throws Exception {
        List<CoinGeckoMarket> markets = Arrays.asList(JSON.readValue(CoinGeckoFixtures.resource("coins-markets.json"),
                CoinGeckoMarket[].class));

        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(
                List.of("ethereum", "ethereum-wormhole", "l2-standard-bridged-eth"), markets)).contains("ethereum");
        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(List.of("ethereum-wormhole", "l2-standard-bridged-eth"),
                markets)).as("a null market cap loses").contains("ethereum-wormhole");
        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(List.of("xyz-one", "xyz-two"), markets))
                .as("null and 0 are no market cap").isEmpty();
        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(List.of("tokamak-network"), markets))
                .as("only candidates count").contains("tokamak-network");
    }

    @Test
    void equalMarketCapsGoToTheSmallerIdWhateverTheOrder() {
        CoinGeckoMarket b = new CoinGeckoMarket("b-token", "tie", new BigDecimal("1000"));
        CoinGeckoMarket a = new CoinGeckoMarket("a-token", "tie", new BigDecimal("1000.0"));

        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(List.of("a-token", "b-token"), List.of(b, a))).contains("a-token");
        assertThat(CoinGeckoAdapters.adaptLargestMarketCap(List.of("a-token", "b-token"), List.of(a, b))).contains("a-token");
    }

    private static List<BigDecimal> point(String at, String price) {
        return List.of(millis(at), new BigDecimal(price));
    }

    private static BigDecimal millis(String at) {
        return BigDecimal.valueOf(Instant.parse(at).toEpochMilli());
    }
}
