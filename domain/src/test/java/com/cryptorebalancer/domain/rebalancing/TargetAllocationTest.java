package com.cryptorebalancer.domain.rebalancing;

import static com.cryptorebalancer.domain.testdata.TargetAllocationTestData.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import com.cryptorebalancer.domain.taxonomy.UnknownGroupException;
import org.junit.jupiter.api.Test;

class TargetAllocationTest {

    @Test
    void targetsThatDoNotAddUpTo100AreRefusedWithTheirSum() {
        assertThatThrownBy(() -> targets("BTC", "40", "ETH", "25", "Stablecoins", "25"))
                .isInstanceOf(InvalidTargetsException.class)
                .hasMessageContaining("add up to 90 %");
    }

    @Test
    void aSumWithinOneHundredthOfAPercentIsAcceptedAndAllocatesTheWhole() {
        TargetAllocation allocation = targets("BTC", "33.335", "ETH", "33.33", "Stablecoins", "33.33");

        assertThat(allocation.sum()).isEqualByComparingTo("99.995");
        assertThat(allocation.weight(Group.of("BTC")).fraction()
                .add(allocation.weight(Group.of("ETH")).fraction())
                .add(allocation.weight(Group.of("Stablecoins")).fraction()))
                // weights carry 16 significant digits (Decimals.MC): the whole to within 1e-15
                .isCloseTo(BigDecimal.ONE, within(new BigDecimal("1e-15")));
    }

    @Test
    void aTargetNamingAGroupThatDoesNotExistIsRefusedNamingIt() {
        assertThatThrownBy(() -> targets("BTC", "50", "Shitcoins", "50"))
                .isInstanceOf(UnknownGroupException.class)
                .hasMessageContaining("'Shitcoins'")
                .hasMessageContaining("Memecoins");
    }

    @Test
    void groupNamesAreMatchedWithoutRegardToCaseAndUnnamedGroupsGetZero() {
        TargetAllocation allocation = targets("btc", "60", "STABLECOINS", "40");

        assertThat(allocation.percent(Group.of("BTC"))).isEqualByComparingTo("60");
        assertThat(allocation.percent(Group.of("Memecoins"))).isEqualByComparingTo("0");
        assertThat(allocation.percents()).hasSize(11);
    }

    @Test
    void negativeOversizedAndDuplicateTargetsAreRefused() {
        assertThatThrownBy(() -> targets("BTC", "100", "ETH", "-10"))
                .isInstanceOf(InvalidTargetsException.class).hasMessageContaining("ETH").hasMessageContaining("-10");
        assertThatThrownBy(() -> targets("BTC", "110", "ETH", "0"))
                .isInstanceOf(InvalidTargetsException.class).hasMessageContaining("BTC must be at most 100 %, was 110");
        assertThatThrownBy(() -> targets("BTC", "50", "btc", "50"))
                .isInstanceOf(InvalidTargetsException.class).hasMessageContaining("given twice");
    }
}
