package com.cryptorebalancer.adapter.out.market.coingecko;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.cryptorebalancer.adapter.out.market.coingecko.CoinGeckoFixtures.btcCloses;
import static com.cryptorebalancer.adapter.out.market.coingecko.CoinGeckoFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.testdata.TestClock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoinGeckoLivePricesTest extends CoinGeckoWireMockTest {

    private static final Asset BTC = Asset.of("BTC");
    private static final Asset ETH = Asset.of("ETH");
    private static final Asset TON = Asset.of("TON");

    @Test
    void pricesEachCoinAtTheTimeCoinGeckoLastUpdatedIt() {
        stubFixtures();

        LivePrices answer = coinGecko(Map.of()).livePrices()
                .currentPrices(Set.of(BTC, Asset.of("SOL"), Asset.of("XRP"), Asset.of("SHIB")));

        assertThat(answer.unknown()).isEmpty();
        Price btc = answer.prices().get(BTC);
        assertThat(btc.usd()).isEqualByComparingTo("62440.6328125");
        assertThat(btc.asOf()).isEqualTo(Instant.parse("2024-03-01T23:59:00Z"));
        assertThat(btc.source()).isEqualTo(new PriceSource("coingecko"));
        assertThat(answer.prices().get(Asset.of("SOL")).usd()).isEqualByComparingTo("129.9904022216797");
        assertThat(answer.prices().get(Asset.of("XRP")).usd()).isEqualByComparingTo("0.6018900275230408");
        assertThat(answer.prices().get(Asset.of("SHIB")).usd()).isEqualByComparingTo("0.00001700000029813964");
        assertThat(requests(LIST)).hasSize(1);
        assertThat(requests(PRICE)).hasSize(1);
        assertThat(ids(requests(PRICE).get(0))).containsExactly("bitcoin", "ripple", "shiba-inu", "solana");
        assertThat(requests(MARKETS)).isEmpty();
    }

    @Test
    void aPriceWithoutAnUpdateTimeIsAtTheTimeOfTheAnswer() {
        stubFixtures();

        Price link = coinGecko(Map.of()).livePrices().currentPrices(Set.of(Asset.of("LINK"))).prices().get(Asset.of("LINK"));

        assertThat(link.usd()).isEqualByComparingTo("20.0609073638916");
        assertThat(link.asOf()).isEqualTo(CLOCK.instant());
    }

    @Test
    void coinsCoinGeckoDoesNotListAreUnknownAndNotAskedFor() {
        stubFixtures();

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(Set.of(BTC, Asset.of("NOTACOIN")));

        assertThat(answer.prices()).containsOnlyKeys(BTC);
        assertThat(answer.unknown()).containsExactly(Asset.of("NOTACOIN"));
        assertThat(ids(requests(PRICE).get(0))).containsExactly("bitcoin");
    }

    @Test
    void coinsMissingFromAPartialAnswerOrWithoutAPositivePriceAreUnknownNeverZero() {
        stubFixtures();
        Asset ltc = Asset.of("LTC");
        Asset noUsd = Asset.of("DLST");
        Asset zero = Asset.of("ZPT");

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(Set.of(BTC, ltc, noUsd, zero));

        assertThat(answer.prices()).containsOnlyKeys(BTC);
        assertThat(answer.unknown()).containsExactlyInAnyOrder(ltc, noUsd, zero);
        assertThat(ids(requests(PRICE).get(0))).containsExactly("bitcoin", "delisted-dollar", "litecoin",
                "zero-price-token");
    }

    @Test
    void aSymbolSharedByManyCoinsMeansTheOneWithTheLargestMarketCap() {
        stubFixtures();

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(Set.of(ETH));

        assertThat(answer.prices().get(ETH).usd()).isEqualByComparingTo("3435.053955078125");
        assertThat(requests(MARKETS)).hasSize(1);
        LoggedRequest markets = requests(MARKETS).get(0);
        assertThat(ids(markets)).containsExactly("ethereum", "ethereum-wormhole", "l2-standard-bridged-eth");
        assertThat(markets.queryParameter("vs_currency").firstValue()).isEqualTo("usd");
        assertThat(markets.queryParameter("per_page").firstValue()).isEqualTo("250");
        assertThat(ids(requests(PRICE).get(0))).containsExactly("ethereum");
    }

    @Test
    void ambiguityIsSettledOnlyForTheSymbolsAskedForAndOnlyOnce() {
        stubFixtures();
        CoinGeckoLivePrices prices = coinGecko(Map.of()).livePrices();

        prices.currentPrices(Set.of(BTC));
        assertThat(requests(MARKETS)).as("BTC is not ambiguous: nothing to settle").isEmpty();
        prices.currentPrices(Set.of(BTC, ETH));
        LivePrices again = prices.currentPrices(Set.of(ETH, TON));

        assertThat(requests(MARKETS)).hasSize(2);
        assertThat(ids(requests(MARKETS).get(0))).containsExactly("ethereum", "ethereum-wormhole", "l2-standard-bridged-eth");
        assertThat(ids(requests(MARKETS).get(1))).containsExactly("the-open-network", "tokamak-network");
        assertThat(again.prices().get(ETH).usd()).isEqualByComparingTo("3435.053955078125");
        assertThat(again.prices().get(TON).usd()).isEqualByComparingTo("2.586529016494751");
        assertThat(requests(LIST)).as("the coins list is fetched once per process").hasSize(1);
    }

    @Test
    void anOverrideWinsOverTheMarketCapAndNeedsNoLookup() {
        stubFixtures();
        CoinGeckoLivePrices prices = coinGecko(Map.of("eth", "ethereum-wormhole", "TON", "the-open-network")).livePrices();

        LivePrices answer = prices.currentPrices(Set.of(ETH, TON));

        assertThat(answer.prices().get(ETH).usd()).isEqualByComparingTo("3341.9658203125");
        assertThat(answer.prices().get(TON).usd()).isEqualByComparingTo("2.586529016494751");
        assertThat(requests(MARKETS)).isEmpty();
        assertThat(requests(LIST)).as("every coin asked is overridden").isEmpty();
    }

    @Test
    void aSharedSymbolWhoseCoinsHaveNoMarketCapIsUnknownRatherThanGuessed() {
        stubFixtures();

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(Set.of(Asset.of("XYZ"), BTC));

        assertThat(answer.unknown()).containsExactly(Asset.of("XYZ"));
        assertThat(answer.prices()).containsOnlyKeys(BTC);
    }

    @Test
    void theCoinsListIsFetchedAgainOnceADayOldSoACoinListedSinceIsKnown() {
        stubFixtures();
        TestClock clock = new TestClock(CLOCK.instant());
        CoinGeckoLivePrices prices = livePrices(fastSettings(), clock);
        Asset newcomer = Asset.of("NEWC");

        assertThat(prices.currentPrices(Set.of(BTC, newcomer)).unknown()).containsExactly(newcomer);
        clock.advance(Duration.ofHours(23));
        prices.currentPrices(Set.of(BTC));
        assertThat(requests(LIST)).as("a list under a day old is used as it is").hasSize(1);

        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(resource("coins-list.json")
                .replaceFirst("\\[", "[{\"id\":\"newcomer\",\"symbol\":\"newc\",\"name\":\"Newcomer\"},"))));
        server.stubFor(get(urlPathEqualTo(PRICE)).withQueryParam("ids", equalTo("newcomer"))
                .willReturn(okJson("{\"newcomer\":{\"usd\":0.5,\"last_updated_at\":1709337540}}")));
        clock.advance(Duration.ofHours(1));

        LivePrices answer = prices.currentPrices(Set.of(newcomer));

        assertThat(requests(LIST)).hasSize(2);
        assertThat(answer.unknown()).isEmpty();
        assertThat(answer.prices().get(newcomer).usd()).isEqualByComparingTo("0.5");
    }

    @Test
    void aCoinsListThatCannotBeRefreshedIsUsedStillAndTriedAgainLater() {
        stubFixtures();
        TestClock clock = new TestClock(CLOCK.instant());
        CoinGeckoLivePrices prices = livePrices(fastSettings().withRetries(1, Duration.ofMillis(5), Duration.ofMillis(20)),
                clock);
        prices.currentPrices(Set.of(BTC));

        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(serverError().withBody("{\"error\":\"maintenance\"}")));
        clock.advance(Duration.ofHours(25));
        LivePrices stale = prices.currentPrices(Set.of(BTC));
        clock.advance(Duration.ofMinutes(5));
        prices.currentPrices(Set.of(BTC));

        assertThat(stale.prices().get(BTC).usd()).isEqualByComparingTo("62440.6328125");
        assertThat(requests(LIST)).as("one failed refresh, then none for ten minutes").hasSize(2);
        assertThat(prices.health().lastError()).contains("/api/v3/coins/list");

        clock.advance(Duration.ofMinutes(6));
        prices.currentPrices(Set.of(BTC));
        assertThat(requests(LIST)).hasSize(3);
    }

    @Test
    void aRefreshAnsweringAnEmptyListKeepsTheListHeld() {
        stubFixtures();
        TestClock clock = new TestClock(CLOCK.instant());
        CoinGeckoLivePrices prices = livePrices(fastSettings(), clock);
        prices.currentPrices(Set.of(BTC));

        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("[]")));
        clock.advance(Duration.ofHours(25));
        LivePrices answer = prices.currentPrices(Set.of(BTC));

        assertThat(requests(LIST)).hasSize(2);
        assertThat(answer.unknown()).isEmpty();
        assertThat(answer.prices().get(BTC).usd()).isEqualByComparingTo("62440.6328125");
    }

    @Test
    void noCoinsNeedNoRequest() {
        stubFixtures();

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(Set.of());

        assertThat(answer.prices()).isEmpty();
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aColdValuationOfAThousandCoinsTakesFourRequestsInAll() {
        List<BigDecimal> closes = new ArrayList<>(btcCloses().values());
        stubThousandCoins(closes);

        LivePrices answer = coinGecko(Map.of()).livePrices().currentPrices(thousandCoins());

        assertThat(server.getAllServeEvents()).hasSizeLessThanOrEqualTo(4);
        assertThat(requests(LIST)).hasSize(1);
        assertThat(requests(PRICE)).hasSize(3);
        List<String> asked = requests(PRICE).stream().flatMap(request -> ids(request).stream()).toList();
        assertThat(asked).hasSize(1000).doesNotHaveDuplicates();
        assertThat(answer.unknown()).isEmpty();
        assertThat(answer.prices()).hasSize(1000);
        IntStream.rangeClosed(1, 1000).forEach(i -> assertThat(answer.prices().get(Asset.of(symbol(i))).usd())
                .isEqualByComparingTo(closes.get(i - 1)));
    }

    @Test
    void aBatchEndsBeforeItsUrlPassesTheLimit() {
        stubThousandCoins(new ArrayList<>(btcCloses().values()));
        CoinGeckoLimits limits = CoinGeckoLimits.defaults().withMaxUrlChars(1_000);
        CoinGeckoLivePrices prices = CoinGecko.create(fastSettings(), null, CoinGecko.Plan.NONE, Map.of(), limits, CLOCK)
                .livePrices();

        LivePrices answer = prices.currentPrices(thousandCoins());

        assertThat(answer.prices()).hasSize(1000);
        List<LoggedRequest> priceRequests = requests(PRICE);
        // 9-character ids: (1,000 - base URL and query) / 10 leaves room for about 90 ids per request
        assertThat(priceRequests).hasSizeBetween(11, 13);
        assertThat(priceRequests).allSatisfy(request ->
                assertThat((server.baseUrl() + request.getUrl()).length()).isLessThanOrEqualTo(1_000));
        assertThat(priceRequests.stream().mapToInt(request -> ids(request).size()).sum()).isEqualTo(1000);
    }

    /** Live prices without overrides, at the time {@code clock} gives. */
    private CoinGeckoLivePrices livePrices(SourceSettings settings, TestClock clock) {
        return CoinGecko.create(settings, null, CoinGecko.Plan.NONE, Map.of(), CoinGeckoLimits.defaults(), clock).livePrices();
    }

    private void stubThousandCoins(List<BigDecimal> closes) {
        String list = IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> "{\"id\":\"" + id(i) + "\",\"symbol\":\"" + symbol(i).toLowerCase() + "\",\"name\":\"Coin " + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        String prices = IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> "\"" + id(i) + "\":{\"usd\":" + closes.get(i - 1) + ",\"last_updated_at\":1709337540}")
                .collect(Collectors.joining(",", "{", "}"));
        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(list)));
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(prices)));
    }

    private static Set<Asset> thousandCoins() {
        Set<Asset> coins = new HashSet<>();
        IntStream.rangeClosed(1, 1000).forEach(i -> coins.add(Asset.of(symbol(i))));
        return coins;
    }

    private static String id(int i) {
        return String.format("coin-%04d", i);
    }

    private static String symbol(int i) {
        return String.format("C%04d", i);
    }
}
