package com.cryptorebalancer.adapter.out.market.kraken;

import static com.cryptorebalancer.adapter.out.market.kraken.KrakenFixtures.errors;
import static com.cryptorebalancer.adapter.out.market.kraken.KrakenFixtures.file;
import static com.cryptorebalancer.adapter.out.market.kraken.KrakenFixtures.secondsOf;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.adapter.out.market.DailyCsv;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.testdata.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KrakenPriceHistoryTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String OHLC = "/0/public/OHLC";
    private static final Asset BTC = Asset.of("BTC");
    private static final PriceSource KRAKEN = new PriceSource("kraken");
    private static final LocalDate TODAY = LocalDate.parse("2025-02-20");

    /** The afternoon of the last day of the shared price files: that day is not over. */
    private final TestClock clock = TestClock.at("2025-02-20T15:00:00Z");

    private KrakenPriceHistory history() {
        return history(Duration.ofSeconds(15));
    }

    private KrakenPriceHistory history(Duration answerWithin) {
        SourceSettings fast = Kraken.defaultSettings(URI.create(server.baseUrl()))
                .withRateLimit(100, Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50))
                .withTimeouts(Duration.ofSeconds(1), answerWithin);
        return Kraken.create(fast, clock).priceHistory();
    }

    @BeforeEach
    void krakenListsItsPairs() {
        server.stubFor(get(urlPathEqualTo("/0/public/AssetPairs")).willReturn(okJson(file("asset-pairs.json"))));
    }

    private static int ohlcRequests() {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(OHLC)).build()).getCount();
    }

    @Test
    void theCloseOfEachUtcDayIsTheCloseOfTheCandleBeginningThatDay() {
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(file("ohlc-xbtusd.json"))));

        List<DailyClose> closes = history().dailyCloses(BTC, LocalDate.parse("2025-02-17"), LocalDate.parse("2025-02-19"));

        assertThat(closes).containsExactly(
                new DailyClose(BTC, LocalDate.parse("2025-02-17"), new BigDecimal("95773.4"), KRAKEN),
                new DailyClose(BTC, LocalDate.parse("2025-02-18"), new BigDecimal("95539.5"), KRAKEN),
                new DailyClose(BTC, LocalDate.parse("2025-02-19"), new BigDecimal("96635.6"), KRAKEN));
        assertThat(closes.get(1).closeUsd()).isCloseTo(DailyCsv.close("BTC", "2025-02-18"), within(new BigDecimal("0.05")));
        // asked as XBTUSD, from a second before the first day; answered under XXBTZUSD
        server.verify(1, getRequestedFor(urlPathEqualTo(OHLC))
                .withQueryParam("pair", equalTo("XBTUSD"))
                .withQueryParam("interval", equalTo("1440"))
                .withQueryParam("since", equalTo(String.valueOf(secondsOf(LocalDate.parse("2025-02-17")) - 1))));
    }

    @Test
    void todayIsNotOverAndHasNoCloseEvenWhenKrakenSendsItsCandle() {
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(file("ohlc-xbtusd.json"))));

        List<DailyClose> closes = history().dailyCloses(BTC, LocalDate.parse("2025-02-16"), LocalDate.parse("2025-03-31"));

        assertThat(closes).extracting(DailyClose::day).containsExactly(LocalDate.parse("2025-02-16"),
                LocalDate.parse("2025-02-17"), LocalDate.parse("2025-02-18"), LocalDate.parse("2025-02-19"));
        assertThat(history().dailyCloses(BTC, TODAY, TODAY.plusDays(3))).isEmpty();
        assertThat(ohlcRequests()).isEqualTo(1);
    }

    @Test
    void olderDaysThanKrakensLast720AreAbsentAndTakeNoFurtherRequest() {
        // Kraken answers its 720 most recent candles, today's unfinished one the last, whatever since says
        NavigableMap<LocalDate, BigDecimal> real = DailyCsv.closes("BTC");
        server.stubFor(get(urlPathEqualTo(OHLC))
                .willReturn(okJson(KrakenFixtures.ohlc("XXBTZUSD", real.subMap(TODAY.minusDays(719), true, TODAY, true)))));

        List<DailyClose> closes = history().dailyCloses(BTC, TODAY.minusDays(1000), TODAY.minusDays(1));

        assertThat(ohlcRequests()).isEqualTo(1);
        assertThat(closes).hasSize(719);
        assertThat(closes).extracting(DailyClose::day).isSorted().doesNotHaveDuplicates();
        assertThat(closes.get(0).day()).isEqualTo(TODAY.minusDays(719));
        assertThat(closes.get(718).day()).isEqualTo(TODAY.minusDays(1));
        for (DailyClose close : closes) {
            assertThat(close.closeUsd()).isEqualByComparingTo(KrakenFixtures.krakenDecimal(real.get(close.day())));
        }
    }

    @Test
    void dogecoinIsAskedForAsXdg() {
        server.stubFor(get(urlPathEqualTo(OHLC)).withQueryParam("pair", equalTo("XDGUSD"))
                .willReturn(okJson("{\"error\":[],\"result\":{\"XDGUSD\":[[1739923200,\"0.2509030\",\"0.2552230\","
                        + "\"0.2492780\",\"0.2547680\",\"0.2521000\",\"93204532.1\",9876]],\"last\":1739923200}}")));

        List<DailyClose> closes = history().dailyCloses(Asset.of("DOGE"), TODAY.minusDays(1), TODAY.minusDays(1));

        assertThat(closes).containsExactly(new DailyClose(Asset.of("DOGE"), TODAY.minusDays(1),
                new BigDecimal("0.2547680"), KRAKEN));
        assertThat(closes.get(0).closeUsd())
                .isCloseTo(DailyCsv.close("DOGE", "2025-02-19"), within(new BigDecimal("0.0000001")));
    }

    @Test
    void aCoinWithoutAUsdMarketIsUnknownWithoutAskingForItsCandles() {
        UnknownCoinException unknown = catchThrowableOfType(UnknownCoinException.class,
                () -> history().dailyCloses(Asset.of("BNB"), TODAY.minusDays(10), TODAY.minusDays(1)));

        assertThat(unknown.coin()).isEqualTo(Asset.of("BNB"));
        assertThat(unknown).hasMessage("kraken: does not list BNB (no BNB/USD market)");
        assertThat(ohlcRequests()).isZero();
    }

    @Test
    void aPairKrakenAnswersItDoesNotKnowIsAnUnknownCoin() {
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(errors(KrakenErrors.UNKNOWN_PAIR))));
        KrakenPriceHistory history = history();

        UnknownCoinException unknown = catchThrowableOfType(UnknownCoinException.class,
                () -> history.dailyCloses(Asset.of("ADA"), TODAY.minusDays(10), TODAY.minusDays(1)));

        assertThat(unknown).hasMessage("kraken: does not list ADA (EQuery:Unknown asset pair for ADAUSD)");
        assertThat(history.health().lastError()).isNull();
    }

    @Test
    void errorsInTheBodyAndHttpFailuresAreFailuresOfTheSourceNotUnknownCoins() {
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(errors("EGeneral:Too many requests"))));
        assertThat(catchThrowableOfType(PriceSourceException.class,
                () -> history().dailyCloses(BTC, TODAY.minusDays(3), TODAY.minusDays(1))))
                .isNotInstanceOf(UnknownCoinException.class)
                .hasMessageContaining("refused OHLC XBTUSD for too many requests");

        server.resetAll();
        krakenListsItsPairs();
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(serviceUnavailable()));
        assertThat(catchThrowableOfType(PriceSourceException.class,
                () -> history().dailyCloses(BTC, TODAY.minusDays(3), TODAY.minusDays(1))))
                .hasMessageContaining("HTTP 503 for /0/public/OHLC");
        assertThat(ohlcRequests()).isEqualTo(2);
    }

    @Test
    void candlesNotInKrakensFormatFail() {
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(
                "{\"error\":[],\"result\":{\"XXBTZUSD\":[[1739923200,\"95532.5\",\"96855.6\"]],\"last\":1739923200}}")));
        assertThatThrownBy(() -> history().dailyCloses(BTC, TODAY.minusDays(3), TODAY.minusDays(1)))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("not its format")
                .hasMessageContaining("an OHLC entry is an array of 8 fields");

        server.resetAll();
        krakenListsItsPairs();
        server.stubFor(get(urlPathEqualTo(OHLC)).willReturn(okJson(
                "{\"error\":[],\"result\":{\"XXBTZUSD\":{\"close\":\"96635.6\"},\"last\":1739923200}}")));
        assertThatThrownBy(() -> history().dailyCloses(BTC, TODAY.minusDays(3), TODAY.minusDays(1)))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("should be an array");
    }

    @Test
    void theFirstDayMustNotBeAfterTheLast() {
        assertThatThrownBy(() -> history().dailyCloses(BTC, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first day 2025-02-20 is after last day 2025-02-19 for BTC");
    }
}
