package com.cryptorebalancer.adapter.out.market.kraken;

import static com.cryptorebalancer.adapter.out.market.kraken.KrakenFixtures.errors;
import static com.cryptorebalancer.adapter.out.market.kraken.KrakenFixtures.file;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
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

class KrakenLivePricesTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String PAIRS = "/0/public/AssetPairs";
    private static final String TICKER = "/0/public/Ticker";
    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset SOL = Asset.of("SOL");
    private static final Asset DOGE = Asset.of("DOGE");
    private static final PriceSource KRAKEN = new PriceSource("kraken");

    /** Just after the close of 2025-02-20, the day the fixture's prices are the closes of. */
    private final TestClock clock = TestClock.at("2025-02-21T00:00:05Z");

    private KrakenLivePrices prices() {
        return prices(Duration.ofSeconds(15));
    }

    private KrakenLivePrices prices(Duration answerWithin) {
        // Kraken's 1 request a second would only slow the tests down; retries and timeouts short too
        SourceSettings fast = Kraken.defaultSettings(URI.create(server.baseUrl()))
                .withRateLimit(100, Duration.ofSeconds(1), Duration.ofSeconds(1))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2))
                .withTimeouts(Duration.ofSeconds(1), answerWithin);
        return Kraken.create(fast, clock).livePrices();
    }

    private static void pairs(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(PAIRS)).willReturn(answer));
    }

    private static void ticker(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(TICKER)).willReturn(answer));
    }

    private static int requests(String path) {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
    }

    private Map.Entry<Asset, Price> price(Asset coin, String usd) {
        return Map.entry(coin, new Price(coin, new BigDecimal(usd), KRAKEN, clock.instant()));
    }

    @Test
    void manyCoinsArePricedFromOneTickerRequestNamedAsKrakenNamesThem() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(file("ticker.json")));

        LivePrices answer = prices().currentPrices(Set.of(BTC, ETH, SOL, DOGE));

        // asked as XBTUSD and XDGUSD, answered under XXBTZUSD and XDGUSD
        assertThat(answer.prices()).containsOnly(price(BTC, "97600.06250"), price(ETH, "2719.09814"),
                price(SOL, "172.71281"), price(DOGE, "0.2525696"));
        assertThat(answer.unknown()).isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo(TICKER))
                .withQueryParam("pair", equalTo("ETHUSD,SOLUSD,XBTUSD,XDGUSD")));
        assertThat(requests(PAIRS)).isEqualTo(1);
    }

    @Test
    void thePricesAreTheLastTradesTheRealClosesAtTheTimeOfTheAnswer() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(file("ticker.json")));

        Price btc = prices().currentPrices(Set.of(BTC)).prices().get(BTC);

        assertThat(btc.usd()).isEqualByComparingTo(DailyCsv.close("BTC", "2025-02-20"));
        assertThat(btc.asOf()).isEqualTo(clock.instant());
        assertThat(btc.source()).isEqualTo(KRAKEN);
    }

    @Test
    void theListOfPairsIsAskedOnceADay() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(file("ticker.json")));
        KrakenLivePrices prices = prices();

        prices.currentPrices(Set.of(BTC));
        clock.advance(Duration.ofHours(23));
        prices.currentPrices(Set.of(ETH));
        assertThat(requests(PAIRS)).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        prices.currentPrices(Set.of(SOL));
        assertThat(requests(PAIRS)).isEqualTo(2);
        assertThat(requests(TICKER)).isEqualTo(3);
    }

    @Test
    void coinsWithoutAUsdMarketAreUnknownWithoutBeingAskedFor() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(file("ticker.json")));
        KrakenLivePrices prices = prices();

        // BNB has no pair in the list, and XBTUSDT or XBTEUR do not make another BTC
        LivePrices answer = prices.currentPrices(Set.of(BTC, Asset.of("BNB"), Asset.of("NOSUCHCOIN")));

        assertThat(answer.prices()).containsOnlyKeys(BTC);
        assertThat(answer.unknown()).containsOnly(Asset.of("BNB"), Asset.of("NOSUCHCOIN"));
        server.verify(getRequestedFor(urlPathEqualTo(TICKER)).withQueryParam("pair", equalTo("XBTUSD")));

        assertThat(prices.currentPrices(Set.of(Asset.of("BNB"))).unknown()).containsOnly(Asset.of("BNB"));
        assertThat(requests(TICKER)).isEqualTo(1);
    }

    @Test
    void aPairMissingFromTheAnswerIsUnknownAndTheOthersStillPriced() {
        pairs(okJson(file("asset-pairs.json")));
        // XRP and ADA are listed, but this answer has no ticker for them
        ticker(okJson(file("ticker.json")));

        LivePrices answer = prices().currentPrices(Set.of(ETH, Asset.of("XRP"), Asset.of("ADA")));

        assertThat(answer.prices()).containsOnly(price(ETH, "2719.09814"));
        assertThat(answer.unknown()).containsOnly(Asset.of("XRP"), Asset.of("ADA"));
    }

    @Test
    void stablecoinsArePricedAgainstUsdItself() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson("{\"error\":[],\"result\":{\"USDTZUSD\":{\"c\":[\"0.99990000\",\"100.0\"]},"
                + "\"USDCUSD\":{\"c\":[\"1.00000000\",\"250.0\"]}}}"));

        LivePrices answer = prices().currentPrices(Set.of(Asset.of("USDT"), Asset.of("USDC")));

        assertThat(answer.prices()).containsOnly(price(Asset.of("USDT"), "0.9999"), price(Asset.of("USDC"), "1"));
        server.verify(getRequestedFor(urlPathEqualTo(TICKER)).withQueryParam("pair", equalTo("USDCUSD,USDTUSD")));
    }

    @Test
    void aPairKrakenNoLongerKnowsMakesItFetchTheListAgainAndAskOnceMore() {
        String listWithLuna = file("asset-pairs.json").replace("\"SOLUSD\":",
                "\"LUNAUSD\":{\"altname\":\"LUNAUSD\",\"wsname\":\"LUNA/USD\",\"base\":\"LUNA\",\"quote\":\"ZUSD\"},\"SOLUSD\":");
        server.stubFor(get(urlPathEqualTo(PAIRS)).inScenario("delisted").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(listWithLuna)).willSetStateTo("listed anew"));
        server.stubFor(get(urlPathEqualTo(PAIRS)).inScenario("delisted").whenScenarioStateIs("listed anew")
                .willReturn(okJson(file("asset-pairs.json"))));
        server.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("pair", equalTo("LUNAUSD,XBTUSD"))
                .willReturn(okJson(errors(KrakenErrors.UNKNOWN_PAIR))));
        server.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("pair", equalTo("XBTUSD"))
                .willReturn(okJson(file("ticker.json"))));

        LivePrices answer = prices().currentPrices(Set.of(BTC, Asset.of("LUNA")));

        assertThat(answer.prices()).containsOnly(price(BTC, "97600.06250"));
        assertThat(answer.unknown()).containsOnly(Asset.of("LUNA"));
        assertThat(requests(PAIRS)).isEqualTo(2);
        assertThat(requests(TICKER)).isEqualTo(2);
    }

    @Test
    void aPairRefusedEvenAfterFetchingTheListAgainFailsTheSource() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(errors(KrakenErrors.UNKNOWN_PAIR)));

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices().currentPrices(Set.of(BTC)));

        assertThat(failure)
                .hasMessage("kraken: refuses pairs its own list of pairs has (EQuery:Unknown asset pair for XBTUSD)");
        assertThat(requests(TICKER)).isEqualTo(2);
    }

    @Test
    void tooManyRequestsInTheBodyIsRetriedThenFailsSayingSoAndCountsInTheSourcesHealth() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(errors("EGeneral:Too many requests")));
        KrakenLivePrices prices = prices();

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices.currentPrices(Set.of(BTC, ETH)));

        assertThat(failure).hasMessage("kraken: refused Ticker ETHUSD,XBTUSD for too many requests "
                + "(EGeneral:Too many requests): it allows about one public request a second");
        assertThat(requests(TICKER)).as("every attempt allowed").isEqualTo(3);
        assertThat(prices.health().lastError()).contains("for too many requests");

        server.resetAll();
        pairs(okJson(errors("EAPI:Rate limit exceeded")));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessageContaining("refused AssetPairs for too many requests (EAPI:Rate limit exceeded)");
    }

    @Test
    void aServiceErrorInTheBodyIsRetriedAndTheNextAnswerServes() {
        pairs(okJson(file("asset-pairs.json")));
        server.stubFor(get(urlPathEqualTo(TICKER)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(errors("EService:Busy"))).willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(TICKER)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(file("ticker.json"))));

        LivePrices answer = prices().currentPrices(Set.of(BTC));

        assertThat(answer.prices()).containsKey(BTC);
        assertThat(requests(TICKER)).isEqualTo(2);
    }

    @Test
    void otherErrorsInTheBodyFailWithKrakensWords() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson(errors("EService:Unavailable")));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessage("kraken: is unavailable for Ticker XBTUSD (EService:Unavailable)");

        server.resetAll();
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson("{\"error\":[\"WGeneral:Some warning\",\"EGeneral:Invalid arguments\"]}"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessage("kraken: refused Ticker XBTUSD: EGeneral:Invalid arguments");
    }

    @Test
    void a429IsWaitedOutAsItsRetryAfterSays() {
        pairs(okJson(file("asset-pairs.json")));
        server.stubFor(get(urlPathEqualTo(TICKER)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(TICKER)).inScenario("limited").whenScenarioStateIs("calm")
                .willReturn(okJson(file("ticker.json"))));
        KrakenLivePrices prices = prices();

        long start = System.nanoTime();
        LivePrices answer = prices.currentPrices(Set.of(SOL));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(answer.prices()).containsOnly(price(SOL, "172.71281"));
        assertThat(requests(TICKER)).isEqualTo(2);
    }

    @Test
    void aSourceBehindAFailingProxyIsRetriedThenFails() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(status(520).withBody("error code: 520"));
        KrakenLivePrices prices = prices();

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices.currentPrices(Set.of(BTC)));

        assertThat(failure).hasMessage("kraken: HTTP 520 for /0/public/Ticker: \"error code: 520\"");
        assertThat(requests(TICKER)).isEqualTo(3);
        assertThat(prices.health().lastError()).isEqualTo(failure.getMessage());
    }

    @Test
    void noAnswerInTimeFailsSayingSo() {
        pairs(okJson(file("asset-pairs.json")).withFixedDelay(1000));

        assertThat(catchThrowableOfType(PriceSourceException.class,
                () -> prices(Duration.ofMillis(300)).currentPrices(Set.of(BTC))))
                .hasMessage("kraken: no answer to /0/public/AssetPairs within 300 ms");
    }

    @Test
    void answersNotInKrakensFormatFail() {
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson("{\"error\":[],\"result\":{\"XXBTZUSD\":{\"c\":[\"ninety-seven thousand\",\"1\"]}}}"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessageContaining("not its format");

        server.resetAll();
        pairs(okJson(file("asset-pairs.json")));
        ticker(okJson("{\"error\":[]}"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessage("kraken: answered Ticker XBTUSD with neither a result nor an error");

        server.resetAll();
        pairs(aResponse().withStatus(200).withBody("<html>maintenance</html>"));
        assertThat(catchThrowableOfType(PriceSourceException.class, () -> prices().currentPrices(Set.of(BTC))))
                .hasMessageContaining("not its format");
    }

    @Test
    void noCoinsAsksNothingAndTheDefaultIsOneRequestASecond() {
        assertThat(prices().currentPrices(Set.of())).isEqualTo(new LivePrices(Map.of(), Set.of()));
        assertThat(requests(PAIRS) + requests(TICKER)).isZero();

        SourceSettings settings = Kraken.defaultSettings(Kraken.BASE_URL);
        assertThat(settings.name()).isEqualTo("kraken");
        assertThat(settings.requestsPerPeriod()).isEqualTo(1);
        assertThat(settings.period()).isEqualTo(Duration.ofSeconds(1));
    }
}
