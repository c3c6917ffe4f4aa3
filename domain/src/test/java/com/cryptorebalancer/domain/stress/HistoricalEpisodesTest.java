package com.cryptorebalancer.domain.stress;

import static com.cryptorebalancer.domain.stress.EpisodeReplayTest.exposure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The episodes' days against the shared real closes of BTC. */
class HistoricalEpisodesTest {

    private static final List<DailyClose> BTC = SharedPriceHistory.closes("BTC");
    private static final Map<Asset, List<DailyClose>> HISTORY = SharedPriceHistory.closes("BTC", "ETH", "SOL", "DOGE");

    @ParameterizedTest(name = "{0}: BTC {1}")
    @CsvSource({"bear-2018, -0.83399", "covid-2020, -0.518617", "may-2021, -0.408702", "terra-2022, -0.271095",
            "ftx-2022, -0.25821"})
    void eachEpisodeRunsFromBitcoinsHighestCloseInItsWindowToItsLowest(String id, double btcChange) {
        StressEpisode episode = HistoricalEpisodes.find(id).orElseThrow();
        List<DailyClose> window = BTC.stream().filter(close -> !close.day().isBefore(episode.start())
                && !close.day().isAfter(episode.end())).toList();
        BigDecimal start = window.get(0).closeUsd();
        BigDecimal end = window.get(window.size() - 1).closeUsd();

        assertThat(window.get(0).day()).isEqualTo(episode.start());
        assertThat(window.get(window.size() - 1).day()).isEqualTo(episode.end());
        assertThat(window).allSatisfy(close -> assertThat(close.closeUsd()).isBetween(end, start));
        assertThat(end.doubleValue() / start.doubleValue() - 1).isCloseTo(btcChange, within(1e-6));
    }

    @ParameterizedTest(name = "{0}: {1} over {2} of the value")
    @CsvSource({
            // python3 on the CSVs: Σ v_i (P_end / P_start - 1) / Σ v_i over the coins with both closes; USDT has no file,
            // SOL starts on 2020-04-10
            "bear-2018,  -0.8385904554400259,  0.85",
            "covid-2020, -0.5382014464779145,  0.85",
            "may-2021,   -0.43557377489800475, 0.95",
            "terra-2022, -0.30409559499782557, 0.95",
            "ftx-2022,   -0.32905991057618866, 0.95"})
    void aPortfolioReplayedOnTheRealClosesMatchesAnIndependentComputation(String id, double change, double share) {
        List<Exposure> holdings = List.of(exposure("BTC", "BTC", "5000"), exposure("ETH", "ETH", "3000"),
                exposure("SOL", "SOL", "1000"), exposure("DOGE", "Memecoins", "500"), exposure("USDT", "Stablecoins", "500"));

        EpisodeResult result = EpisodeReplay.replay(HistoricalEpisodes.find(id).orElseThrow(), holdings, HISTORY);

        assertThat(result.portfolioChange()).isCloseTo(change, within(1e-12));
        assertThat(result.coveredShare()).isCloseTo(share, within(1e-15));
        assertThat(result.withoutHistory()).contains(Asset.of("USDT"));
    }
}
