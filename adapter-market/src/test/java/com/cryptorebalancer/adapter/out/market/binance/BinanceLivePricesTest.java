package com.cryptorebalancer.adapter.out.market.binance;

import static com.cryptorebalancer.adapter.out.market.binance.BinanceFixtures.file;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.adapter.out.market.DailyCsv;
import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.testdata.TestClock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BinanceLivePricesTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String TICKERS = "/api/v3/ticker/price";
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset SOL = Asset.of("SOL");
    private static final PriceSource BINANCE = new PriceSource("binance");

    /** Just after the close of 2025-02-20, the day the fixture's prices are the closes of. */
    private final TestClock clock = TestClock.at("2025-02-21T00:00:05Z");

    private BinanceLivePrices prices() {
        return prices(Duration.ofSeconds(15));
    }

    private BinanceLivePrices prices(Duration answerWithin) {
        SourceSettings fast = Binance.defaultSettings(URI.create(server.baseUrl()))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2))
                .withTimeouts(Duration.ofSeconds(1), answerWithin);
        return Binance.create(fast, clock).livePrices();
    }

    private static void answer(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(response));
    }

    private static int requests() {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(TICKERS)).build()).getCount();
    }

    private Price usd(Asset coin, String usd) {
        return new Price(coin, new BigDecimal(usd), BINANCE, clock.instant());
    }

    @Test
    void manyCoinsArePricedFromOneRequestForAllTickers() {
        answer(okJson(file("ticker-price.json")));

        LivePrices answer = prices().currentPrices(Set.of(BTC, ETH, SOL, Asset.of("DOGE")));

        assertThat(answer.prices()).containsOnly(
                entry(BTC, "97600.06250000"), entry(ETH, "2719.09814453"), entry(SOL, "172.71281433"),
                entry(Asset.of("DOGE"), "0.25256956"));
        assertThat(answer.unknown()).isEmpty();
        // one request, without a symbol parameter, whatever the number of coins
        server.verify(1, getRequestedFor(urlEqualTo(TICKERS)));
    }

    @Test
    void thePricesAreTheRealClosesOfTheDayAtTheTimeOfTheAnswer() {
        answer(okJson(file("ticker-price.json")));

        Price btc = prices().currentPrices(Set.of(BTC)).prices().get(BTC);

        assertThat(btc.usd()).isEqualByComparingTo(DailyCsv.close("BTC", "2025-02-20"));
        assertThat(btc.asOf()).isEqualTo(clock.instant());
        assertThat(btc.source()).isEqualTo(BINANCE);
    }

    @Test
    void usdtIsPreferredThenUsdcThenFdusd() {
        // LINK only against USDC, TRX only against FDUSD, DOT's USDT market halted (price 0): closes of 2025-02-20
        String link = BinanceFixtures.binanceDecimal(DailyCsv.close("LINK", "2025-02-20"));
        String trx = BinanceFixtures.binanceDecimal(DailyCsv.close("TRX", "2025-02-20"));
        String dot = BinanceFixtures.binanceDecimal(DailyCsv.close("DOT", "2025-02-20"));
        answer(okJson("[{\"symbol\":\"LINKBTC\",\"price\":\"0.00019000\"},{\"symbol\":\"LINKUSDC\",\"price\":\"" + link
                + "\"},{\"symbol\":\"TRXFDUSD\",\"price\":\"" + trx + "\"},{\"symbol\":\"DOTUSDT\",\"price\":\"0.00000000\"},"
                + "{\"symbol\":\"DOTUSDC\",\"price\":\"" + dot + "\"}]"));

        LivePrices answer = prices().currentPrices(Set.of(Asset.of("LINK"), Asset.of("TRX"), Asset.of("DOT")));

        assertThat(answer.prices()).containsOnly(entry(Asset.of("LINK"), link), entry(Asset.of("TRX"), trx),
                entry(Asset.of("DOT"), dot));
    }

    @Test
    void aCoinListedAgainstSeveralStablecoinsTakesItsUsdtPrice() {
        answer(okJson(file("ticker-price.json")));

        // BTCUSDC and BTCFDUSD are in the answer too, at other prices
        assertThat(prices().currentPrices(Set.of(BTC)).prices().get(BTC).usd()).isEqualByComparingTo("97600.0625");
    }

    @Test
    void coinsWithoutAUsdStablecoinMarketAreUnknownAndTheOthersStillPriced() {
        answer(okJson(file("ticker-price.json")));

        // BNB is listed only against BTC in this answer; NOSUCHCOIN not at all
        LivePrices answer = prices().currentPrices(Set.of(BTC, Asset.of("BNB"), Asset.of("NOSUCHCOIN")));

        assertThat(answer.prices()).containsOnlyKeys(BTC);
        assertThat(answer.unknown()).containsOnly(Asset.of("BNB"), Asset.of("NOSUCHCOIN"));
    }

    @Test
    void usdcIsPricedInUsdtAndUsdtIsUnknownForLackOfAMarketAgainstAnotherStablecoin() {
        answer(okJson(file("ticker-price.json")));

        LivePrices answer = prices().currentPrices(Set.of(Asset.of("USDC"), Asset.of("USDT"), Asset.of("FDUSD")));

        assertThat(answer.prices()).containsOnly(entry(Asset.of("USDC"), "1.00010000"),
                entry(Asset.of("FDUSD"), "0.99890000"));
        assertThat(answer.unknown()).containsOnly(Asset.of("USDT"));
    }

    @Test
    void noCoinsAsksNothing() {
        assertThat(prices().currentPrices(Set.of())).isEqualTo(new LivePrices(Map.of(), Set.of()));
        assertThat(requests()).isZero();
    }

    @Test
    void a429IsWaitedOutAsItsRetryAfterSays() {
        server.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(429).withHeader("Retry-After", "1")
                        .withBody("{\"code\":-1003,\"msg\":\"Too many requests; current limit is 6000 request weight per 1 MINUTE.\"}"))
                .willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("limited").whenScenarioStateIs("calm")
                .willReturn(okJson(file("ticker-price.json"))));
        BinanceLivePrices prices = prices();

        long start = System.nanoTime();
        LivePrices answer = prices.currentPrices(Set.of(ETH));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(answer.prices()).containsOnly(entry(ETH, "2719.09814453"));
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void a418BanForIgnoring429sIsWaitedOutLikeA429() {
        // Binance answers 418 with a Retry-After to a client that kept sending after 429s
        server.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("banned").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(418).withHeader("Retry-After", "1")
                        .withBody("{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1740052800000.\"}"))
                .willSetStateTo("lifted"));
        server.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("banned").whenScenarioStateIs("lifted")
                .willReturn(okJson(file("ticker-price.json"))));

        LivePrices answer = prices().currentPrices(Set.of(ETH));

        assertThat(answer.prices()).containsOnly(entry(ETH, "2719.09814453"));
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aSourceDownFailsAsAWholeAndHealthSaysWhy() {
        answer(status(503).withBody("<html><body>Service Unavailable</body></html>"));
        BinanceLivePrices prices = prices();

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices.currentPrices(Set.of(BTC)));

        assertThat(failure.source()).isEqualTo("binance");
        assertThat(failure).hasMessageStartingWith("binance: HTTP 503 for /api/v3/ticker/price");
        assertThat(requests()).isEqualTo(3);
        assertThat(prices.health().lastError()).contains("HTTP 503");
        assertThat(prices.health().lastFailure()).isEqualTo(clock.instant());
        assertThat(prices.health().requests()).isEqualTo(3);
    }

    @Test
    void noAnswerInTimeFailsSayingSo() {
        answer(okJson(file("ticker-price.json")).withFixedDelay(1000));

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices(Duration.ofMillis(300)).currentPrices(Set.of(BTC)));

        assertThat(failure).hasMessage("binance: no answer to /api/v3/ticker/price within 300 ms");
    }

    @Test
    void anAnswerNotInBinancesFormatFails() {
        answer(okJson("{\"symbol\":\"BTCUSDT\",\"price\":\"97600.06250000\"}"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessageContaining("not its format");

        server.resetAll();
        answer(okJson("[{\"symbol\":\"BTCUSDT\",\"price\":\"ninety-seven thousand\"}]"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessageContaining("not its format");
    }

    @Test
    void theDefaultLimitIsSixHundredRequestsAMinute() {
        SourceSettings settings = Binance.defaultSettings(Binance.BASE_URL);

        assertThat(settings.name()).isEqualTo("binance");
        assertThat(settings.requestsPerPeriod()).isEqualTo(600);
        assertThat(settings.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(prices().source()).isEqualTo("binance");
    }

    private Map.Entry<Asset, Price> entry(Asset coin, String usd) {
        return Map.entry(coin, usd(coin, usd));
    }
}
