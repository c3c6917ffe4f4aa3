package com.cryptorebalancer.domain.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpisodeReplayTest {

    private static final LocalDate START = LocalDate.of(2022, 11, 5);
    private static final LocalDate END = LocalDate.of(2022, 11, 21);
    private static final StressEpisode EPISODE = new StressEpisode("test", "Test crash", START, END, "made up");

    static Exposure exposure(String coin, String group, String usd) {
        return new Exposure(Asset.of(coin), Group.of(group), new BigDecimal(usd));
    }

    private static List<DailyClose> closes(String coin, String start, String end) {
        Asset asset = Asset.of(coin);
        PriceSource file = new PriceSource("file");
        return List.of(new DailyClose(asset, START, new BigDecimal(start), file),
                new DailyClose(asset, START.plusDays(1), new BigDecimal("999"), file),
                new DailyClose(asset, END, new BigDecimal(end), file));
    }

    @Test
    void theCoveredCoinsMoveWithTodaysWeightsRenormalisedAndTheOthersAreListed() {
        List<Exposure> holdings = List.of(exposure("BTC", "BTC", "6000"), exposure("ETH", "ETH", "3000"),
                exposure("DOGE", "Memecoins", "1000"), exposure("SHIB", "Memecoins", "1000"),
                exposure("XYZ", "Others", "500"), exposure("NEW", "Others", "100"));
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        history.put(Asset.of("BTC"), closes("BTC", "100", "50"));
        history.put(Asset.of("ETH"), closes("ETH", "10", "6"));
        history.put(Asset.of("DOGE"), closes("DOGE", "1", "0.2"));
        history.put(Asset.of("SHIB"), closes("SHIB", "0.00001", "0.000005"));
        // NEW starts after the episode's first day: not covered
        history.put(Asset.of("NEW"), List.of(new DailyClose(Asset.of("NEW"), END, BigDecimal.ONE, new PriceSource("file"))));

        EpisodeResult result = EpisodeReplay.replay(EPISODE, holdings, history);

        // covered 11000 of 11600; (6000 * -0.5 + 3000 * -0.4 + 1000 * -0.8 + 1000 * -0.5) / 11000 = -5500 / 11000
        assertThat(result.coveredShare()).isCloseTo(11000.0 / 11600, within(1e-15));
        assertThat(result.coveredValueUsd()).isEqualByComparingTo("11000");
        assertThat(result.portfolioChange()).isCloseTo(-0.5, within(1e-15));
        assertThat(result.withoutHistory()).containsExactly(Asset.of("NEW"), Asset.of("XYZ"));
        assertThat(result.coins()).extracting(move -> move.coin().symbol()).containsExactly("DOGE", "BTC", "SHIB", "ETH");
        assertThat(result.coins().get(0).change()).isCloseTo(-0.8, within(1e-15));
        assertThat(result.coins().get(0).weight()).isCloseTo(1.0 / 11, within(1e-15));
        assertThat(result.worstCoins(2)).extracting(CoinMove::coin).containsExactly(Asset.of("DOGE"), Asset.of("BTC"));
        // Memecoins: (1000 * -0.8 + 1000 * -0.5) / 2000 = -0.65
        assertThat(result.groups()).extracting(move -> move.group().name()).containsExactly("Memecoins", "BTC", "ETH");
        GroupMove memecoins = result.worstGroups(1).get(0);
        assertThat(memecoins.change()).isCloseTo(-0.65, within(1e-15));
        assertThat(memecoins.weight()).isCloseTo(2000.0 / 11000, within(1e-15));
        assertThat(memecoins.coins()).isEqualTo(2);
        assertThat(result.worstGroups(10)).hasSize(3);
    }

    @Test
    void withNoCoveredCoinTheChangeIsNotANumberAndTheShareZero() {
        EpisodeResult result = EpisodeReplay.replay(EPISODE, List.of(exposure("XYZ", "Others", "10")), Map.of());

        assertThat(result.portfolioChange()).isNaN();
        assertThat(result.coveredShare()).isZero();
        assertThat(result.covered()).isFalse();
        assertThat(result.withoutHistory()).containsExactly(Asset.of("XYZ"));
        assertThat(result.worstCoins(3)).isEmpty();
    }

    @Test
    void episodesAndExposuresRefuseWhatMakesNoSense() {
        assertThatThrownBy(() -> new StressEpisode("x", "X", END, START, "backwards"))
                .hasMessage("episode x must end (2022-11-05) after it starts (2022-11-21)");
        assertThatThrownBy(() -> exposure("BTC", "BTC", "0")).hasMessage("exposure to BTC must be worth more than 0 USD, was 0");
    }
}
