package com.cryptorebalancer.adapter.out.market.binance;

import static com.cryptorebalancer.adapter.out.market.binance.BinanceFixtures.file;
import static com.cryptorebalancer.adapter.out.market.binance.BinanceFixtures.openTime;
import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.adapter.out.market.DailyCsv;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.testdata.TestClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BinancePriceHistoryTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String KLINES = "/api/v3/klines";
    private static final String INVALID_SYMBOL = "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}";
    private static final Asset BTC = Asset.of("BTC");
    private static final PriceSource BINANCE = new PriceSource("binance");

    /** The morning after the last day of the shared price files. */
    private final TestClock clock = TestClock.at("2025-02-21T08:00:00Z");

    private BinancePriceHistory history() {
        return history(Duration.ofSeconds(15));
    }

    private BinancePriceHistory history(Duration answerWithin) {
        SourceSettings fast = Binance.defaultSettings(URI.create(server.baseUrl()))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50))
                .withTimeouts(Duration.ofSeconds(1), answerWithin);
        return Binance.create(fast, clock).priceHistory();
    }

    private static RequestPatternBuilder klinesOf(String symbol) {
        return getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("symbol", equalTo(symbol));
    }

    private static void answer(String symbol, String body) {
        server.stubFor(get(urlPathEqualTo(KLINES)).withQueryParam("symbol", equalTo(symbol)).willReturn(okJson(body)));
    }

    @Test
    void theCloseOfEachUtcDayIsTheCloseOfTheCandleOpeningThatDay() {
        answer("BTCUSDT", file("klines-btcusdt-2025-02-18.json"));

        List<DailyClose> closes = history().dailyCloses(BTC, LocalDate.parse("2025-02-18"), LocalDate.parse("2025-02-20"));

        assertThat(closes).containsExactly(
                new DailyClose(BTC, LocalDate.parse("2025-02-18"), new BigDecimal("95539.54687500"), BINANCE),
                new DailyClose(BTC, LocalDate.parse("2025-02-19"), new BigDecimal("96635.60937500"), BINANCE),
                new DailyClose(BTC, LocalDate.parse("2025-02-20"), new BigDecimal("97600.06250000"), BINANCE));
        assertThat(closes.get(2).closeUsd()).isEqualByComparingTo(DailyCsv.close("BTC", "2025-02-20"));
        server.verify(1, klinesOf("BTCUSDT")
                .withQueryParam("interval", equalTo("1d"))
                .withQueryParam("startTime", equalTo(String.valueOf(openTime(LocalDate.parse("2025-02-18")))))
                .withQueryParam("endTime", equalTo(String.valueOf(openTime(LocalDate.parse("2025-02-21")) - 1)))
                .withQueryParam("limit", equalTo("1000")));
    }

    @Test
    void twoThousandFiveHundredDaysTakeThreeRequestsOfAtMostAThousandDays() {
        NavigableMap<LocalDate, BigDecimal> real = DailyCsv.closes("BTC");
        LocalDate last = LocalDate.parse("2025-02-20");
        LocalDate first = last.minusDays(2499);
        LocalDate[] starts = {first, first.plusDays(1000), first.plusDays(2000)};
        LocalDate[] ends = {first.plusDays(999), first.plusDays(1999), last};
        for (int i = 0; i < 3; i++) {
            server.stubFor(get(urlPathEqualTo(KLINES)).withQueryParam("symbol", equalTo("BTCUSDT"))
                    .withQueryParam("startTime", equalTo(String.valueOf(openTime(starts[i]))))
                    .withQueryParam("endTime", equalTo(String.valueOf(openTime(ends[i].plusDays(1)) - 1)))
                    .willReturn(okJson(BinanceFixtures.klines(real.subMap(starts[i], true, ends[i], true)))));
        }

        List<DailyClose> closes = history().dailyCloses(BTC, first, last);

        server.verify(3, klinesOf("BTCUSDT"));
        assertThat(closes).hasSize(2500);
        assertThat(closes).extracting(DailyClose::day).isSorted().doesNotHaveDuplicates();
        assertThat(closes.get(0).day()).isEqualTo(first);
        assertThat(closes.get(2499).day()).isEqualTo(last);
        for (DailyClose close : closes) {
            assertThat(close.closeUsd()).isEqualByComparingTo(BinanceFixtures.binanceDecimal(real.get(close.day())));
        }
    }

    @Test
    void aCoinWithoutAUsdtMarketIsAskedForItsUsdcThenItsFdusdMarket() {
        server.stubFor(get(urlPathEqualTo(KLINES)).withQueryParam("symbol", equalTo("SOLUSDT"))
                .willReturn(badRequest().withBody(INVALID_SYMBOL)));
        server.stubFor(get(urlPathEqualTo(KLINES)).withQueryParam("symbol", equalTo("SOLUSDC"))
                .willReturn(badRequest().withBody(INVALID_SYMBOL)));
        LocalDate day = LocalDate.parse("2025-02-20");
        answer("SOLFDUSD", BinanceFixtures.klines(DailyCsv.closes("SOL").subMap(day, true, day, true)));

        List<DailyClose> closes = history().dailyCloses(Asset.of("SOL"), day, day);

        assertThat(closes).extracting(DailyClose::closeUsd).containsExactly(new BigDecimal("172.71281433"));
        server.verify(1, klinesOf("SOLUSDT"));
        server.verify(1, klinesOf("SOLUSDC"));
        server.verify(1, klinesOf("SOLFDUSD"));
    }

    @Test
    void aCoinBinanceHasNoMarketOfIsUnknownAndTheSourceStaysHealthy() {
        server.stubFor(get(urlPathEqualTo(KLINES)).willReturn(badRequest().withBody(INVALID_SYMBOL)));
        BinancePriceHistory history = history();

        UnknownCoinException unknown = catchThrowableOfType(UnknownCoinException.class,
                () -> history.dailyCloses(Asset.of("NOSUCHCOIN"), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-01")));

        assertThat(unknown.coin()).isEqualTo(Asset.of("NOSUCHCOIN"));
        assertThat(unknown).hasMessage("binance: does not list NOSUCHCOIN (no market of it in USDT, USDC, FDUSD)");
        server.verify(3, getRequestedFor(urlPathEqualTo(KLINES)));
        assertThat(history.health().circuit()).isEqualTo("closed");
        assertThat(history.health().lastError()).isNull();
    }

    @Test
    void todayHasNoCloseYetAndIsNeverAskedFor() {
        answer("BTCUSDT", file("klines-btcusdt-2025-02-18.json"));

        List<DailyClose> closes = history().dailyCloses(BTC, LocalDate.parse("2025-02-19"), LocalDate.parse("2025-03-31"));

        assertThat(closes).extracting(DailyClose::day)
                .containsExactly(LocalDate.parse("2025-02-19"), LocalDate.parse("2025-02-20"));
        server.verify(1, klinesOf("BTCUSDT")
                .withQueryParam("endTime", equalTo(String.valueOf(openTime(LocalDate.parse("2025-02-21")) - 1))));

        assertThat(history().dailyCloses(BTC, LocalDate.parse("2025-02-21"), LocalDate.parse("2025-02-28"))).isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void aFailureOnALaterChunkFailsTheWholeRequest() {
        LocalDate last = LocalDate.parse("2025-02-20");
        LocalDate first = last.minusDays(1499);
        server.stubFor(get(urlPathEqualTo(KLINES)).withQueryParam("startTime", equalTo(String.valueOf(openTime(first))))
                .willReturn(okJson(BinanceFixtures.klines(DailyCsv.closes("BTC").subMap(first, true, first.plusDays(999), true)))));
        server.stubFor(get(urlPathEqualTo(KLINES))
                .withQueryParam("startTime", equalTo(String.valueOf(openTime(first.plusDays(1000)))))
                .willReturn(serverError().withBody("{\"code\":-1001,\"msg\":\"Internal error; unable to process your request.\"}")));

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> history().dailyCloses(BTC, first, last));

        assertThat(failure).isNotInstanceOf(UnknownCoinException.class).hasMessageContaining("HTTP 500");
        // 1 + 2 attempts
        server.verify(3, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void candlesNotInBinancesFormatFail() {
        answer("BTCUSDT", "[[1740009600000,\"96628.39843750\",\"98001.99218750\"]]");
        assertThatThrownBy(() -> history().dailyCloses(BTC, LocalDate.parse("2025-02-20"), LocalDate.parse("2025-02-20")))
                .isInstanceOf(PriceSourceException.class)
                .hasMessageContaining("not its format").hasMessageContaining("at least 7 fields");

        server.resetAll();
        answer("BTCUSDT", "[[\"2025-02-20\",\"1\",\"1\",\"1\",\"97600.06\",\"1\",1740095999999]]");
        assertThatThrownBy(() -> history().dailyCloses(BTC, LocalDate.parse("2025-02-20"), LocalDate.parse("2025-02-20")))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("should be a time in ms");

        server.resetAll();
        answer("BTCUSDT", "[[1740009600000,\"1\",\"1\",\"1\",\"n/a\",\"1\",1740095999999]]");
        assertThatThrownBy(() -> history().dailyCloses(BTC, LocalDate.parse("2025-02-20"), LocalDate.parse("2025-02-20")))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("should be a decimal");
    }

    @Test
    void aCloseOfZeroIsNoClose() {
        answer("BTCUSDT", "[[1739923200000,\"0\",\"0\",\"0\",\"0\",\"0\",1740009599999,\"0\",0,\"0\",\"0\",\"0\"],"
                + "[1740009600000,\"1\",\"1\",\"1\",\"97600.06250000\",\"1\",1740095999999,\"0\",0,\"0\",\"0\",\"0\"]]");

        assertThat(history().dailyCloses(BTC, LocalDate.parse("2025-02-19"), LocalDate.parse("2025-02-20")))
                .extracting(DailyClose::day).containsExactly(LocalDate.parse("2025-02-20"));
    }

    @Test
    void theFirstDayMustNotBeAfterTheLast() {
        assertThatThrownBy(() -> history().dailyCloses(BTC, LocalDate.parse("2025-02-20"), LocalDate.parse("2025-02-19")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first day 2025-02-20 is after last day 2025-02-19 for BTC");
    }
}
