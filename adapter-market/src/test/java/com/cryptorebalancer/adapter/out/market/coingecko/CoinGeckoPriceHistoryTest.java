package com.cryptorebalancer.adapter.out.market.coingecko;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.cryptorebalancer.adapter.out.market.coingecko.CoinGeckoFixtures.btcCloses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.UnknownCoinException;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * History against a CoinGecko stand-in that answers each window as CoinGecko documents: daily points at 00:00
 * UTC, the point at D+1 00:00 being the last price of day D, i.e. the close of D in {@code BTC-USD_1d.csv}.
 */
class CoinGeckoPriceHistoryTest extends CoinGeckoWireMockTest {

    private static final Asset BTC = Asset.of("BTC");
    private static final String BTC_CHART = "/api/v3/coins/bitcoin/market_chart/range";
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-02-21T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<LocalDate, BigDecimal> CLOSES = btcCloses();

    @Test
    void threeYearsTakeThreeWindowsAndEachDayClosesAsInTheDailyFile() {
        stubFixtures();
        stubWindow("2021-03-01", "2022-03-01");
        stubWindow("2022-03-01", "2023-03-01");
        stubWindow("2023-03-01", "2024-02-29");

        List<DailyClose> closes = pro(LATER).dailyCloses(BTC, day("2021-03-01"), day("2024-02-28"));

        assertThat(requests(BTC_CHART)).hasSize(3);
        assertThat(closes).hasSize(1095);
        LocalDate expected = day("2021-03-01");
        for (DailyClose close : closes) {
            assertThat(close.day()).isEqualTo(expected);
            assertThat(close.closeUsd()).as("close of %s", expected).isEqualByComparingTo(CLOSES.get(expected));
            assertThat(close.asset()).isEqualTo(BTC);
            assertThat(close.source()).isEqualTo(new PriceSource("coingecko"));
            expected = expected.plusDays(1);
        }
        assertThat(closes.get(365).day()).isEqualTo(day("2022-03-01"));
        assertThat(closes.get(365).closeUsd()).isEqualByComparingTo("44354.63671875");
    }

    @Test
    void oneDayMoreThanThreeWindowsTakesAFourth() {
        stubFixtures();
        stubWindow("2021-03-01", "2022-03-01");
        stubWindow("2022-03-01", "2023-03-01");
        stubWindow("2023-03-01", "2024-02-29");
        stubWindow("2024-02-29", "2024-03-01");

        List<DailyClose> closes = pro(LATER).dailyCloses(BTC, day("2021-03-01"), day("2024-02-29"));

        assertThat(requests(BTC_CHART)).hasSize(4);
        assertThat(closes).hasSize(1096);
        assertThat(closes.get(1095).day()).isEqualTo(day("2024-02-29"));
        assertThat(closes.get(1095).closeUsd()).isEqualByComparingTo("61198.3828125");
    }

    @Test
    void theDemoPlanIsAskedOnlyForDaysWithinItsReachOf365Days() {
        stubFixtures();
        stubWindow("2023-03-04", "2024-02-29");
        Clock now = Clock.fixed(Instant.parse("2024-03-02T12:00:00Z"), ZoneOffset.UTC);
        CoinGeckoPriceHistory history = CoinGecko.create(fastSettings(), "demo-key", CoinGecko.Plan.DEMO, Map.of(),
                CoinGeckoLimits.defaults(), now).priceHistory();

        List<DailyClose> closes = history.dailyCloses(BTC, day("2021-03-01"), day("2024-02-28"));

        assertThat(requests(BTC_CHART)).hasSize(1);
        assertThat(closes.get(0).day()).isEqualTo(day("2023-03-04"));
        assertThat(closes.get(0).closeUsd()).isEqualByComparingTo(CLOSES.get(day("2023-03-04")));
        assertThat(closes.get(closes.size() - 1).day()).isEqualTo(day("2024-02-28"));
    }

    @Test
    void daysNotOverYetAreNotAskedFor() {
        stubFixtures();
        stubWindow("2024-02-20", "2024-03-01");
        Clock morning = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);

        List<DailyClose> closes = pro(morning).dailyCloses(BTC, day("2024-02-20"), day("2024-03-05"));
        List<DailyClose> future = pro(morning).dailyCloses(BTC, day("2024-03-01"), day("2024-03-05"));

        assertThat(closes).extracting(DailyClose::day).endsWith(day("2024-02-29")).hasSize(10);
        assertThat(closes.get(9).closeUsd()).isEqualByComparingTo("61198.3828125");
        assertThat(future).isEmpty();
        assertThat(requests(BTC_CHART)).hasSize(1);
    }

    @Test
    void aSharedSymbolsHistoryIsTheLargestCoinsToo() {
        stubFixtures();
        server.stubFor(get(urlPathMatching("/api/v3/coins/ethereum/market_chart/range"))
                .willReturn(okJson("{\"prices\":[[1709337600000,3435.053955078125]],\"market_caps\":[],\"total_volumes\":[]}")));

        List<DailyClose> closes = pro(LATER).dailyCloses(Asset.of("ETH"), day("2024-03-01"), day("2024-03-01"));

        assertThat(closes).singleElement().satisfies(close -> {
            assertThat(close.day()).isEqualTo(day("2024-03-01"));
            assertThat(close.closeUsd()).isEqualByComparingTo("3435.053955078125");
        });
    }

    @Test
    void aSymbolCoinGeckoDoesNotListIsAnUnknownCoin() {
        stubFixtures();

        assertThatThrownBy(() -> pro(LATER).dailyCloses(Asset.of("NOTACOIN"), day("2024-01-01"), day("2024-02-01")))
                .isInstanceOfSatisfying(UnknownCoinException.class, e -> {
                    assertThat(e.coin()).isEqualTo(Asset.of("NOTACOIN"));
                    assertThat(e.source()).isEqualTo("coingecko");
                    assertThat(e).hasMessageContaining("no coin with symbol notacoin");
                });
        assertThat(server.findAll(getRequestedFor(urlPathMatching(".*/market_chart/range")))).isEmpty();
    }

    @Test
    void anOverriddenIdCoinGeckoDoesNotHaveIsAnUnknownCoinNotAFailingSource() {
        server.stubFor(get(urlPathMatching("/api/v3/coins/no-such-coin/market_chart/range"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"coin not found\"}")));
        CoinGeckoPriceHistory history = CoinGecko.create(fastSettings(), "pro-key", CoinGecko.Plan.PRO,
                Map.of("FOO", "no-such-coin"), CoinGeckoLimits.defaults(), LATER).priceHistory();

        assertThatThrownBy(() -> history.dailyCloses(Asset.of("FOO"), day("2024-01-01"), day("2024-02-01")))
                .isInstanceOf(UnknownCoinException.class)
                .hasMessageContaining("no coin with id no-such-coin");
        assertThat(history.health().circuit()).isEqualTo("closed");
        assertThat(history.health().lastError()).isNull();
        assertThat(history.health().requests()).as("a 404 is not retried").isEqualTo(1);
    }

    @Test
    void aFirstDayAfterTheLastIsRefused() {
        assertThatThrownBy(() -> pro(LATER).dailyCloses(BTC, day("2024-03-02"), day("2024-03-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-02").hasMessageContaining("2024-03-01");
    }

    private CoinGeckoPriceHistory pro(Clock clock) {
        return CoinGecko.create(fastSettings(), "pro-key", CoinGecko.Plan.PRO, Map.of(), CoinGeckoLimits.defaults(), clock)
                .priceHistory();
    }

    /** Answers the window from 00:00 UTC of {@code from} to 00:00 UTC of {@code to}, both ends included. */
    private void stubWindow(String from, String to) {
        Instant start = day(from).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day(to).atStartOfDay(ZoneOffset.UTC).toInstant();
        server.stubFor(get(urlPathEqualTo(BTC_CHART))
                .withQueryParam("vs_currency", equalTo("usd"))
                .withQueryParam("from", equalTo(Long.toString(start.getEpochSecond())))
                .withQueryParam("to", equalTo(Long.toString(end.getEpochSecond())))
                .willReturn(okJson(dailyChart(day(from), day(to)))));
    }

    /** CoinGecko's daily answer: a point at each 00:00 UTC, holding the close of the day that ended there. */
    private static String dailyChart(LocalDate first, LocalDate last) {
        List<String> points = new ArrayList<>();
        for (LocalDate midnight = first; !midnight.isAfter(last); midnight = midnight.plusDays(1)) {
            long ms = midnight.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            points.add("[" + ms + "," + CLOSES.get(midnight.minusDays(1)) + "]");
        }
        return "{\"prices\":" + points + ",\"market_caps\":[],\"total_volumes\":[]}";
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
