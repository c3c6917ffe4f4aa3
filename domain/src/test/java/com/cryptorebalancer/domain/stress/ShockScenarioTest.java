package com.cryptorebalancer.domain.stress;

import static com.cryptorebalancer.domain.stress.EpisodeReplayTest.exposure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShockScenarioTest {

    private static final Taxonomy TAXONOMY = Taxonomy.defaults();

    private static List<Shock> shocks(String... texts) {
        return java.util.Arrays.stream(texts).map(text -> Shock.parse(text, TAXONOMY)).toList();
    }

    @Test
    void aCoinsShockOverridesItsGroupsAndTheLossIsSummedExactly() {
        List<Exposure> holdings = List.of(exposure("BTC", "BTC", "6000"), exposure("ETH", "ETH", "3000"),
                exposure("USDC", "Stablecoins", "500"), exposure("USDT", "Stablecoins", "500"),
                exposure("DOGE", "Memecoins", "1000"));

        ShockResult result = ShockScenario.apply(holdings, shocks("BTC=-30%", "Memecoins=-60%", "USDC=-10%",
                "Stablecoins=-1%", "coin:XRP=-50%"));

        // BTC 6000 * -0.3 = -1800, DOGE -600, USDC 500 * -0.1 = -50 (its own shock, not the group's), USDT -5
        assertThat(result.changeUsd()).isEqualByComparingTo("-2455");
        assertThat(result.totalValueUsd()).isEqualByComparingTo("11000");
        assertThat(result.change()).isCloseTo(-2455.0 / 11000, within(1e-15));
        assertThat(result.coins()).extracting(impact -> impact.coin().symbol() + " " + impact.appliedBy() + " "
                + impact.changeUsd().stripTrailingZeros().toPlainString())
                .containsExactly("BTC BTC -1800", "DOGE Memecoins -600", "USDC coin:USDC -50", "USDT Stablecoins -5",
                        "ETH null 0");
        assertThat(result.groups()).extracting(impact -> impact.group().name() + " " + impact.change())
                .containsExactly("BTC -0.3", "Memecoins -0.6", "Stablecoins -0.055", "ETH 0.0");
        assertThat(result.unmatched()).extracting(Shock::target).containsExactly("coin:XRP");
    }

    @Test
    void nothingHeldLosesNothingAndItsChangeIsNotANumber() {
        ShockResult result = ShockScenario.apply(List.of(), shocks("BTC=-30%"));
        assertThat(result.changeUsd()).isEqualByComparingTo("0");
        assertThat(result.change()).isNaN();
        assertThat(result.unmatched()).hasSize(1);
    }

    @Test
    void aNameIsAGroupWhenTheTaxonomyHasOneOfThatNameAndACoinOtherwiseUnlessPrefixed() {
        assertThat(Shock.parse("btc = -30%", TAXONOMY)).isEqualTo(new Shock.OnGroup(Group.of("BTC"), new BigDecimal("-0.30")));
        assertThat(Shock.parse("coin:BTC=-30", TAXONOMY)).isEqualTo(new Shock.OnCoin(Asset.of("BTC"), new BigDecimal("-0.30")));
        assertThat(Shock.parse("group:memecoins=-60%", TAXONOMY)).isEqualTo(new Shock.OnGroup(Group.of("Memecoins"),
                new BigDecimal("-0.60")));
        assertThat(Shock.parse("USDC=-10%", TAXONOMY)).isEqualTo(new Shock.OnCoin(Asset.of("USDC"), new BigDecimal("-0.10")));
        assertThat(Shock.parse("L1/L0 majors=+25.5%", TAXONOMY).change()).isEqualByComparingTo("0.255");
        assertThat(Shock.parse("BTC=-100%", TAXONOMY).change()).isEqualByComparingTo("-1");
    }

    @Test
    void shocksNotUnderstoodSayWhy() {
        assertThatThrownBy(() -> Shock.parse("BTC -30%", TAXONOMY)).hasMessage("shock 'BTC -30%' must be NAME=PERCENT, e.g. BTC=-30% or Memecoins=-60%");
        assertThatThrownBy(() -> Shock.parse("BTC=lots", TAXONOMY)).hasMessage("shock 'BTC=lots' has no percentage after '=': lots");
        assertThatThrownBy(() -> Shock.parse("BTC=-130%", TAXONOMY)).hasMessage("shock 'BTC=-130%' must be from -100 % to +10000 %, was -130%");
        assertThatThrownBy(() -> Shock.parse("BTC=1e999999999", TAXONOMY)).hasMessageContaining("must be from -100 % to +10000 %");
        assertThatThrownBy(() -> Shock.parse("group:Nope=-1%", TAXONOMY)).hasMessageStartingWith("shock 'group:Nope=-1%' names no group: the groups are [BTC, ETH");
        assertThatThrownBy(() -> Shock.parse("=-1%", TAXONOMY)).hasMessageStartingWith("shock '=-1%' names no coin: asset symbol must not be blank");
        assertThatThrownBy(() -> ShockScenario.apply(List.of(), shocks("USDC=-10%", "usdc=-20%")))
                .hasMessage("coin:USDC is shocked twice: -0.10 and -0.20");
        assertThatThrownBy(() -> new Shock.OnCoin(Asset.of("BTC"), new BigDecimal("-1.5")))
                .hasMessage("the shock on coin:BTC must be from -100 % to +10000 %, was -150 %");
        // refused without writing out its billion digits
        assertThatThrownBy(() -> new Shock.OnCoin(Asset.of("BTC"), new BigDecimal("1e999999999")))
                .hasMessage("the shock on coin:BTC must be from -100 % to +10000 %, was 1E+1000000001 %");
    }
}
