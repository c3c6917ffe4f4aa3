package com.cryptorebalancer.domain.rebalancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.money.UsdAmount;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanOptionsTest {

    @Test
    void buyOnlyNeedsCash() {
        assertThatThrownBy(() -> PlanOptions.defaults().withMode(RebalanceMode.BUY_ONLY, null))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.option()).isEqualTo("cash_usd"))
                .hasMessageContaining("buy-only").hasMessageContaining("0.00");
    }

    @Test
    void bandsModeNeedsABandAndOtherModesRefuseOne() {
        Band band = new Band(new BigDecimal("5"), Band.Unit.POINTS, Band.Goal.TARGET);
        assertThatThrownBy(() -> PlanOptions.defaults().withMode(RebalanceMode.BANDS, null))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.option()).isEqualTo("band"))
                .hasMessageContaining("band width");
        assertThatThrownBy(() -> PlanOptions.defaults().withMode(RebalanceMode.FULL, band))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.option()).isEqualTo("band"))
                .hasMessageContaining("only applies in bands mode");
    }

    @Test
    void negativeAmountsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> PlanOptions.defaults().withMinTrade(UsdAmount.of("-1")))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.option()).isEqualTo("min_trade_usd"))
                .hasMessageContaining("min_trade_usd").hasMessageContaining("-1.00");
        assertThatThrownBy(() -> PlanOptions.defaults().withCash(UsdAmount.of("-5")))
                .hasMessageContaining("cash_usd");
    }

    @Test
    void theEffectiveMinimumTradeIsNeverBelowTheDustThresholdNorOneDollar() {
        PlanOptions zero = PlanOptions.defaults().withMinTrade(UsdAmount.ZERO).withMinUsd(UsdAmount.ZERO);

        assertThat(zero.effectiveMinTrade().value()).isEqualByComparingTo("1");
        assertThat(zero.withMinUsd(UsdAmount.of("5")).effectiveMinTrade().value()).isEqualByComparingTo("5");
        assertThat(PlanOptions.defaults().effectiveMinTrade().value()).isEqualByComparingTo("25");
    }

    @Test
    void bandWidthsMustBePositiveAndPointsBelow100() {
        assertThatThrownBy(() -> new Band(BigDecimal.ZERO, Band.Unit.POINTS, Band.Goal.EDGE)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Band(new BigDecimal("100"), Band.Unit.POINTS, Band.Goal.EDGE)).hasMessageContaining("below 100");
    }
}
