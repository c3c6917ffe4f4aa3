package com.cryptorebalancer.adapter.out.market.coingecko;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.cryptorebalancer.adapter.out.market.coingecko.CoinGeckoFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.LivePrices;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.money.Asset;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the CoinGecko ports behave when CoinGecko does not answer well (the behaviour comes from MarketHttp). */
class CoinGeckoResilienceTest extends CoinGeckoWireMockTest {

    private static final Asset BTC = Asset.of("BTC");
    /** BTC is overridden so that only simple/price is called: the requests counted are price requests. */
    private static final Map<String, String> BTC_IS_BITCOIN = Map.of("BTC", "bitcoin");
    private static final String RATE_LIMITED = "{\"status\":{\"error_code\":429,\"error_message\":\"You've exceeded the "
            + "Rate Limit. Please visit https://www.coingecko.com/en/api/pricing to subscribe to our API plans for "
            + "higher rate limits.\"}}";

    @Test
    void a429IsRetriedAfterTheWaitCoinGeckoAsksFor() {
        stubPriceThen(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(RATE_LIMITED));
        // backoff of 5 ms: only the Retry-After of 1 s explains a wait of about a second
        CoinGeckoLivePrices prices = livePrices(fastSettings().withRetries(3, Duration.ofMillis(5), Duration.ofSeconds(2)));

        long started = System.nanoTime();
        LivePrices answer = prices.currentPrices(Set.of(BTC));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.prices().get(BTC).usd()).isEqualByComparingTo("62440.6328125");
        assertThat(requests(PRICE)).hasSize(2);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void a5xxIsRetriedAndTheSecondAnswerCounts() {
        stubPriceThen(aResponse().withStatus(503).withBody("<html>503 Service Temporarily Unavailable</html>"));

        LivePrices answer = livePrices(fastSettings()).currentPrices(Set.of(BTC));

        assertThat(answer.prices().get(BTC).usd()).isEqualByComparingTo("62440.6328125");
        assertThat(requests(PRICE)).hasSize(2);
    }

    @Test
    void noAnswerWithinTheTimeoutFailsTheSourceAfterItsAttempts() {
        server.stubFor(get(urlPathEqualTo(PRICE))
                .willReturn(okJson(resource("simple-price-2024-03-01.json")).withFixedDelay(1_500)));
        CoinGeckoLivePrices prices = livePrices(fastSettings()
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(200))
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(20)));

        PriceSourceException failure = catchThrowableOfType(PriceSourceException.class,
                () -> prices.currentPrices(Set.of(BTC)));

        assertThat(failure).hasMessageContaining("coingecko").hasMessageContaining("no answer")
                .hasMessageContaining("200 ms");
        assertThat(prices.health().requests()).isEqualTo(2);
        assertThat(prices.health().lastError()).contains("no answer");
    }

    @Test
    void anAnswerNotInCoinGeckosFormatIsASourceFailureNotRetried() {
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><title>Just a moment...</title></html>")));

        assertThatThrownBy(() -> livePrices(fastSettings()).currentPrices(Set.of(BTC)))
                .isInstanceOf(PriceSourceException.class)
                .hasMessageContaining("not its format");
        assertThat(requests(PRICE)).hasSize(1);
    }

    @Test
    void aPriceThatIsNotANumberIsASourceFailure() {
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson("{\"bitcoin\":{\"usd\":\"soon\"}}")));

        assertThatThrownBy(() -> livePrices(fastSettings()).currentPrices(Set.of(BTC)))
                .isInstanceOf(PriceSourceException.class)
                .hasMessageContaining("not its format");
    }

    @Test
    void aCoinsListThatIsNotAListIsASourceFailure() {
        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("{\"error\":\"maintenance\"}")));

        assertThatThrownBy(() -> coinGecko(Map.of()).livePrices().currentPrices(Set.of(BTC)))
                .isInstanceOf(PriceSourceException.class)
                .hasMessageContaining("/api/v3/coins/list");
    }

    @Test
    void aHistoryWithoutPricesOrWithBrokenPointsIsASourceFailure() {
        String chart = "/api/v3/coins/bitcoin/market_chart/range";
        CoinGeckoPriceHistory history = CoinGecko.create(fastSettings(), null, CoinGecko.Plan.NONE, BTC_IS_BITCOIN,
                CoinGeckoLimits.defaults(), CLOCK).priceHistory();
        LocalDate day = LocalDate.parse("2024-03-01");

        server.stubFor(get(urlPathEqualTo(chart)).willReturn(okJson("{\"market_caps\":[],\"total_volumes\":[]}")));
        assertThatThrownBy(() -> history.dailyCloses(BTC, day, day))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("without \"prices\"");

        server.stubFor(get(urlPathEqualTo(chart)).willReturn(okJson("{\"prices\":[[1709337600000]]}")));
        assertThatThrownBy(() -> history.dailyCloses(BTC, day, day))
                .isInstanceOf(PriceSourceException.class).hasMessageContaining("not [time, price]");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingCoinGecko() {
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(serverError().withBody("{\"error\":\"internal\"}")));
        CoinGeckoLivePrices prices = livePrices(fastSettings()
                .withRetries(1, Duration.ofMillis(5), Duration.ofMillis(20))
                .withBreaker(4, 50f, Duration.ofMinutes(1)));

        PriceSourceException last = null;
        for (int call = 0; call < 6; call++) {
            last = catchThrowableOfType(PriceSourceException.class, () -> prices.currentPrices(Set.of(BTC)));
        }

        assertThat(last).hasMessageContaining("circuit open");
        assertThat(prices.health().circuit()).isEqualTo("open");
        assertThat(requests(PRICE)).as("calls refused by the open circuit are not sent").hasSizeLessThan(6);
        assertThat(prices.health().requests()).isEqualTo(requests(PRICE).size());
    }

    private CoinGeckoLivePrices livePrices(SourceSettings settings) {
        return CoinGecko.create(settings, null, CoinGecko.Plan.NONE, BTC_IS_BITCOIN, CoinGeckoLimits.defaults(), CLOCK)
                .livePrices();
    }

    /** simple/price answers {@code first} once, then the 2024-03-01 fixture. */
    private void stubPriceThen(ResponseDefinitionBuilder first) {
        server.stubFor(get(urlPathEqualTo(PRICE)).inScenario("recovers").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        server.stubFor(get(urlPathEqualTo(PRICE)).inScenario("recovers").whenScenarioStateIs("recovered")
                .willReturn(okJson(resource("simple-price-2024-03-01.json"))));
    }
}
