package com.cryptorebalancer.adapter.out.market.coingecko;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.money.Asset;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoinGeckoApiKeyTest extends CoinGeckoWireMockTest {

    private static final String KEY = "CG-s3cretDemoKey000000000";
    private static final Set<Asset> COINS = Set.of(Asset.of("BTC"), Asset.of("ETH"));

    @Test
    void aDemoKeyGoesInItsHeaderOnEveryRequestAndNeverInTheUrl() {
        stubFixtures();

        coinGecko(CoinGecko.Plan.DEMO, KEY).livePrices().currentPrices(COINS);

        List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(3); // coins/list, coins/markets for ETH, simple/price
        assertThat(sent).allSatisfy(request -> {
            assertThat(request.getHeader("x-cg-demo-api-key")).isEqualTo(KEY);
            assertThat(request.containsHeader("x-cg-pro-api-key")).isFalse();
            assertThat(request.getUrl()).doesNotContain(KEY).doesNotContain("api_key");
        });
    }

    @Test
    void aProKeyGoesInTheProHeader() {
        stubFixtures();

        coinGecko(CoinGecko.Plan.PRO, KEY).livePrices().currentPrices(COINS);

        assertThat(requests(PRICE)).singleElement().satisfies(request -> {
            assertThat(request.getHeader("x-cg-pro-api-key")).isEqualTo(KEY);
            assertThat(request.containsHeader("x-cg-demo-api-key")).isFalse();
        });
    }

    @Test
    void withoutAPlanNoKeyHeaderIsSent() {
        stubFixtures();

        coinGecko(Map.of()).livePrices().currentPrices(COINS);

        assertThat(server.getAllServeEvents()).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getRequest().containsHeader("x-cg-demo-api-key")).isFalse();
            assertThat(event.getRequest().containsHeader("x-cg-pro-api-key")).isFalse();
        });
    }

    @Test
    void theKeyIsInNoMessageNorInTheHealthRecord() {
        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401)
                .withBody("{\"status\":{\"error_code\":10010,\"error_message\":\"Invalid API Key\"}}")));
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(serverError().withBody("{\"error\":\"internal\"}")));
        CoinGecko coinGecko = coinGecko(CoinGecko.Plan.DEMO, KEY);

        PriceSourceException refused = catchThrowableOfType(PriceSourceException.class,
                () -> coinGecko.livePrices().currentPrices(Set.of(Asset.of("ETH"))));
        PriceSourceException failed = catchThrowableOfType(PriceSourceException.class,
                () -> coinGecko.priceHistory().dailyCloses(Asset.of("BTC"), LocalDate.parse("2024-02-01"),
                        LocalDate.parse("2024-02-02")));
        PriceSourceException failedPrice = catchThrowableOfType(PriceSourceException.class,
                () -> CoinGecko.create(fastSettings(), KEY, CoinGecko.Plan.DEMO, Map.of("BTC", "bitcoin"),
                        CoinGeckoLimits.defaults(), CLOCK).livePrices().currentPrices(Set.of(Asset.of("BTC"))));

        assertThat(refused).hasMessageContaining("HTTP 401").hasMessageNotContaining(KEY);
        assertThat(failed).hasMessageNotContaining(KEY);
        assertThat(failedPrice).hasMessageContaining("HTTP 500").hasMessageNotContaining(KEY);
        assertThat(coinGecko.livePrices().health().toString()).doesNotContain(KEY);
    }

    @Test
    void aKeyNeedsAPlanThatSendsItAndAPlanNeedsItsKey() {
        assertThatThrownBy(() -> coinGecko(CoinGecko.Plan.NONE, KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan NONE").hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> coinGecko(CoinGecko.Plan.PRO, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan PRO needs its API key");
    }

    @Test
    void eachPlanHasItsOwnBaseUrlAndRate() {
        SourceSettings demo = CoinGecko.settings(CoinGecko.Plan.DEMO, null);
        SourceSettings pro = CoinGecko.settings(CoinGecko.Plan.PRO, null);
        SourceSettings local = CoinGecko.settings(CoinGecko.Plan.PRO, URI.create("http://localhost:1"));

        assertThat(demo.baseUrl()).isEqualTo(URI.create("https://api.coingecko.com"));
        assertThat(demo.requestsPerPeriod()).isEqualTo(30);
        assertThat(demo.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(demo.name()).isEqualTo("coingecko");
        assertThat(pro.baseUrl()).isEqualTo(URI.create("https://pro-api.coingecko.com"));
        assertThat(pro.requestsPerPeriod()).isEqualTo(250);
        assertThat(local.baseUrl()).isEqualTo(URI.create("http://localhost:1"));
    }

    private CoinGecko coinGecko(CoinGecko.Plan plan, String key) {
        return CoinGecko.create(fastSettings(), key, plan, Map.of(), CoinGeckoLimits.defaults(), CLOCK);
    }
}
