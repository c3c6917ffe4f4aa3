package com.cryptorebalancer.application.stress;

import static com.cryptorebalancer.application.backtest.BacktestServiceTestSupport.assertRefused;
import static com.cryptorebalancer.domain.testdata.HoldingsTestData.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.application.backtest.FixedPortfolio;
import com.cryptorebalancer.application.port.out.InMemoryPriceHistoryStore;
import com.cryptorebalancer.application.port.in.StressCommand;
import com.cryptorebalancer.application.port.in.StressReport;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.stress.EpisodeResult;
import com.cryptorebalancer.domain.stress.HistoricalEpisodes;
import com.cryptorebalancer.domain.stress.ShockResult;
import com.cryptorebalancer.domain.stress.StressEpisode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StressServiceTest {

    private static final FixedPortfolio HOLDINGS = new FixedPortfolio(aPortfolio().with("BTC", "0.5", "30000")
            .with("ETH", "2", "6000").with("SOL", "10", "2000").with("DOGE", "5000", "1000").with("USDT", "1000", "1000"));

    private final InMemoryPriceHistoryStore store = InMemoryPriceHistoryStore.of("BTC", "ETH", "SOL", "DOGE");
    private final StressService service = new StressService(HOLDINGS, store);

    @Test
    void everyEpisodeIsReplayedOnTheCurrentValuesWithTheStoredClosesOfItsTwoDays() {
        StressReport report = service.stress(new StressCommand(null, null, null));

        assertThat(report.basis()).isEqualTo(FixedPortfolio.BASIS);
        assertThat(report.totalValueUsd()).isEqualByComparingTo("40000");
        assertThat(report.episodes()).extracting(result -> result.episode().id())
                .containsExactly("bear-2018", "covid-2020", "may-2021", "terra-2022", "ftx-2022");
        assertThat(report.shocks()).isNull();
        // python3 on the CSVs: (30000 * BTC + 6000 * ETH + 2000 * SOL + 1000 * DOGE moves) / 39000; USDT has no history
        EpisodeResult ftx = report.episodes().get(4);
        assertThat(ftx.portfolioChange()).isCloseTo(-0.2927267069192939, within(1e-12));
        assertThat(ftx.coveredShare()).isCloseTo(39000.0 / 40000, within(1e-15));
        assertThat(ftx.withoutHistory()).containsExactly(Asset.of("USDT"));
        assertThat(ftx.worstCoins(1).get(0).coin()).isEqualTo(Asset.of("SOL"));
        assertThat(ftx.worstCoins(1).get(0).change()).isCloseTo(-0.677792, within(1e-6));
        assertThat(ftx.worstGroups(1).get(0).group().name()).isEqualTo("SOL");
        // SOL's history starts on 2020-04-10: not in the 2018 bear market
        EpisodeResult bear = report.episodes().get(0);
        assertThat(bear.portfolioChange()).isCloseTo(-0.8361037704572537, within(1e-12));
        assertThat(bear.coveredShare()).isCloseTo(37000.0 / 40000, within(1e-15));
        assertThat(bear.withoutHistory()).containsExactly(Asset.of("SOL"), Asset.of("USDT"));
        // two point reads per coin held (USDT too) and episode, not whole histories
        assertThat(store.requests()).isEqualTo(5 * 5 * 2);
    }

    @Test
    void shocksByGroupAndCoinGiveTheLossInPercentAndDollarsByGroup() {
        StressReport report = service.stress(new StressCommand(List.of("ftx-2022"), List.of("BTC=-30%", "Memecoins=-60%",
                "USDT=-10%", "Stablecoins=-1%", "coin:XRP=-50%"), null));

        assertThat(report.episodes()).extracting(result -> result.episode().id()).containsExactly("ftx-2022");
        ShockResult shocks = report.shocks();
        // BTC 30000 * -0.3 = -9000, DOGE 1000 * -0.6 = -600, USDT 1000 * -0.1 = -100 (its own shock overrides -1 %)
        assertThat(shocks.changeUsd()).isEqualByComparingTo("-9700");
        assertThat(shocks.change()).isCloseTo(-9700.0 / 40000, within(1e-15));
        assertThat(shocks.groups()).extracting(g -> g.group().name() + " " + g.changeUsd().stripTrailingZeros().toPlainString())
                .containsExactly("BTC -9000", "Memecoins -600", "Stablecoins -100", "ETH 0", "SOL 0");
        // Stablecoins moved nothing: USDT, its only coin held, has its own shock
        assertThat(shocks.unmatched()).extracting(shock -> shock.target()).containsExactly("Stablecoins", "coin:XRP");
    }

    @Test
    void holdingsUnderTheMinimumAreLeftOutAndEpisodesComeInTheOrderAsked() {
        StressReport report = service.stress(new StressCommand(List.of("FTX-2022", "bear-2018", "ftx-2022"), List.of(),
                new BigDecimal("1500")));

        assertThat(report.totalValueUsd()).isEqualByComparingTo("38000");
        assertThat(report.episodes()).extracting(result -> result.episode().id()).containsExactly("ftx-2022", "bear-2018");
        assertThat(report.episodes().get(0).coins()).extracting(move -> move.coin().symbol())
                .containsExactlyInAnyOrder("BTC", "ETH", "SOL");
    }

    @Test
    void anUnknownEpisodeOrAShockNotUnderstoodIsRefusedNamingTheField() {
        assertRefused(() -> service.stress(new StressCommand(List.of("dotcom-2000"), null, null)), "episodes",
                "unknown episode 'dotcom-2000': the episodes are bear-2018, covid-2020, may-2021, terra-2022, ftx-2022");
        assertRefused(() -> service.stress(new StressCommand(null, List.of("BTC:-30%"), null)), "shocks",
                "shock 'BTC:-30%' must be NAME=PERCENT");
        assertRefused(() -> service.stress(new StressCommand(null, List.of("USDT=-10%", "usdt=-5%"), null)), "shocks",
                "coin:USDT is shocked twice");
        assertRefused(() -> new StressCommand(null, null, new BigDecimal("-1")), "min_usd", "min_usd must not be negative");
        assertThat(service.episodes()).extracting(StressEpisode::id).first().isEqualTo(HistoricalEpisodes.BEAR_2018.id());
    }
}
