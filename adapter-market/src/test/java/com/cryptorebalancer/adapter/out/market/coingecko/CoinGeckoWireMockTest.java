package com.cryptorebalancer.adapter.out.market.coingecko;

import static com.cryptorebalancer.adapter.out.market.coingecko.CoinGeckoFixtures.resource;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.cryptorebalancer.adapter.out.market.http.SourceSettings;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A CoinGecko stand-in on a free port answering with {@link CoinGeckoFixtures}, and settings that keep
 * retries fast.
 */
abstract class CoinGeckoWireMockTest {

    static final String LIST = "/api/v3/coins/list";
    static final String PRICE = "/api/v3/simple/price";
    static final String MARKETS = "/api/v3/coins/markets";

    /** 2024-03-02 00:30 UTC: the day of the price fixture is over. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-02T00:30:00Z"), ZoneOffset.UTC);

    WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /** Default behaviour, but retries within milliseconds, a rate limit that never waits and timeouts no loaded machine reaches. */
    SourceSettings fastSettings() {
        return CoinGecko.settings(CoinGecko.Plan.NONE, URI.create(server.baseUrl()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20))
                .withRateLimit(10_000, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    CoinGecko coinGecko(Map<String, String> overrides) {
        return CoinGecko.create(fastSettings(), null, CoinGecko.Plan.NONE, overrides, CoinGeckoLimits.defaults(), CLOCK);
    }

    /** Answers coins/list, simple/price and coins/markets with the fixtures for 2024-03-01. */
    void stubFixtures() {
        server.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson(resource("coins-list.json"))));
        server.stubFor(get(urlPathEqualTo(PRICE)).willReturn(okJson(resource("simple-price-2024-03-01.json"))));
        server.stubFor(get(urlPathEqualTo(MARKETS)).willReturn(okJson(resource("coins-markets.json"))));
    }

    List<LoggedRequest> requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /** The coin ids one logged request asked for. */
    static List<String> ids(LoggedRequest request) {
        return List.of(request.queryParameter("ids").firstValue().split(","));
    }
}
