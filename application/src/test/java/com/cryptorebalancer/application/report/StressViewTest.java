package com.cryptorebalancer.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.StressReport;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.stress.EpisodeReplay;
import com.cryptorebalancer.domain.stress.Exposure;
import com.cryptorebalancer.domain.stress.HistoricalEpisodes;
import com.cryptorebalancer.domain.stress.Shock;
import com.cryptorebalancer.domain.stress.ShockScenario;
import com.cryptorebalancer.domain.stress.StressEpisode;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StressViewTest {

    private static final StressEpisode FTX = HistoricalEpisodes.FTX_2022;
    private static final CurrentPortfolio.Basis BASIS = new CurrentPortfolio.Basis(3L, Instant.parse("2026-11-20T10:00:00Z"),
            false, "balance.csv");
    private static final List<Exposure> HOLDINGS = List.of(
            new Exposure(Asset.of("BTC"), Group.of("BTC"), new BigDecimal("6000")),
            new Exposure(Asset.of("DOGE"), Group.of("Memecoins"), new BigDecimal("3000")),
            new Exposure(Asset.of("NEW"), Group.of("Others"), new BigDecimal("1000.005")));

    private static List<DailyClose> closes(String coin, String start, String end) {
        PriceSource file = new PriceSource("file");
        return List.of(new DailyClose(Asset.of(coin), FTX.start(), new BigDecimal(start), file),
                new DailyClose(Asset.of(coin), FTX.end(), new BigDecimal(end), file));
    }

    private static StressReport report(List<Shock> shocks) {
        var replayed = EpisodeReplay.replay(FTX, HOLDINGS, Map.of(Asset.of("BTC"), closes("BTC", "100", "75"),
                Asset.of("DOGE"), closes("DOGE", "1", "0.5")));
        var uncovered = EpisodeReplay.replay(HistoricalEpisodes.BEAR_2018, HOLDINGS, Map.of());
        return new StressReport(BASIS, new BigDecimal("10000.005"), List.of(uncovered, replayed),
                shocks.isEmpty() ? null : ShockScenario.apply(HOLDINGS, shocks));
    }

    @Test
    void anEpisodeSaysItsChangeAsAFractionTheShareItCoversAndWhatItLacks() {
        StressView view = StressView.of(report(List.of()));

        assertThat(view.basis()).isEqualTo(BASIS);
        assertThat(view.totalValueUsd()).isEqualTo("10000.00");
        assertThat(view.shocks()).isNull();
        StressView.EpisodeLine ftx = view.episodes().get(1);
        assertThat(ftx.id()).isEqualTo("ftx-2022");
        assertThat(ftx.start()).isEqualTo(FTX.start());
        assertThat(ftx.end()).isEqualTo(FTX.end());
        // (6000 * -0.25 + 3000 * -0.5) / 9000
        assertThat(ftx.portfolioChange()).isCloseTo(-3000.0 / 9000, within(1e-15));
        assertThat(ftx.coveredShare()).isCloseTo(9000 / 10000.005, within(1e-15));
        assertThat(ftx.coveredValueUsd()).isEqualTo("9000.00");
        assertThat(ftx.withoutHistory()).containsExactly("NEW");
        assertThat(ftx.groups()).extracting(StressView.GroupMoveLine::group).containsExactly("Memecoins", "BTC");
        assertThat(ftx.coins().get(0).coin()).isEqualTo("DOGE");
        assertThat(ftx.coins().get(0).startClose()).isEqualTo(1.0);
        assertThat(ftx.coins().get(0).change()).isCloseTo(-0.5, within(1e-15));
        assertThat(ftx.note()).isEqualTo("covers 90.0 % of the portfolio's value; without closes on both 2022-11-05"
                + " and 2022-11-21: NEW");
    }

    @Test
    void anEpisodeNoHeldCoinHasClosesForHasNoChangeAndSaysWhy() {
        StressView.EpisodeLine bear = StressView.of(report(List.of())).episodes().get(0);

        assertThat(bear.portfolioChange()).isNull();
        assertThat(bear.coveredShare()).isZero();
        assertThat(bear.groups()).isEmpty();
        assertThat(bear.withoutHistory()).containsExactly("BTC", "DOGE", "NEW");
        assertThat(bear.note()).startsWith("no coin held has stored closes on both 2017-12-16 and 2018-12-15");
    }

    @Test
    void shocksGiveTheLossExactlyInUsdByGroupAndCoin() {
        Shock memes = new Shock.OnGroup(Group.of("Memecoins"), new BigDecimal("-0.6"));
        Shock btc = new Shock.OnCoin(Asset.of("BTC"), new BigDecimal("-0.3"));
        Shock nothing = new Shock.OnCoin(Asset.of("XYZ"), new BigDecimal("-0.1"));

        StressView.ShockLines shocks = StressView.of(report(List.of(memes, btc, nothing))).shocks();

        assertThat(shocks.shocks()).extracting(StressView.ShockLine::target).containsExactly("Memecoins", "coin:BTC", "coin:XYZ");
        assertThat(shocks.shocks().get(0).change()).isEqualTo(-0.6);
        assertThat(shocks.totalValueUsd()).isEqualTo("10000.00");
        assertThat(shocks.changeUsd()).isEqualTo("-3600.00");
        assertThat(shocks.change()).isCloseTo(-3600 / 10000.005, within(1e-12));
        assertThat(shocks.groups()).extracting(StressView.GroupImpactLine::group).containsExactly("BTC", "Memecoins", "Others");
        assertThat(shocks.groups().get(0).changeUsd()).isEqualTo("-1800.00");
        assertThat(shocks.groups().get(0).change()).isCloseTo(-0.3, within(1e-15));
        StressView.CoinImpactLine last = shocks.coins().get(2);
        assertThat(last.coin()).isEqualTo("NEW");
        assertThat(last.appliedBy()).isNull();
        assertThat(last.changeUsd()).isEqualTo("0.00");
        assertThat(shocks.unmatched()).containsExactly("coin:XYZ");
    }

    @Test
    void anEpisodeCoveringEverythingSaysSo() {
        var all = EpisodeReplay.replay(FTX, HOLDINGS.subList(0, 1), Map.of(Asset.of("BTC"), closes("BTC", "100", "75")));

        assertThat(StressView.note(all)).isEqualTo("covers all of the portfolio's value");
        assertThat(StressView.Episode.of(FTX).why()).isEqualTo(FTX.why());
    }
}
