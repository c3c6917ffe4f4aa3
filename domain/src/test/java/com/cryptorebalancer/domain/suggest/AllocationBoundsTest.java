package com.cryptorebalancer.domain.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationBoundsTest {

    private static final List<String> GROUPS = List.of("BTC", "ETH", "Memecoins", "Stablecoins");

    @Test
    void unnamedAssetsMayTakeAnythingFrom0To1() {
        AllocationBounds bounds = AllocationBounds.of(GROUPS, Map.of("Stablecoins", 0.10), Map.of("Memecoins", 0.05));

        assertThat(bounds.floor(3)).isEqualTo(0.10);
        assertThat(bounds.cap(2)).isEqualTo(0.05);
        assertThat(bounds.floor(0)).isZero();
        assertThat(bounds.cap(0)).isEqualTo(1.0);
        assertThat(bounds.forced()).isNull();
    }

    @Test
    void aFloorAboveItsCapIsRefusedWithBoth() {
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of("Memecoins", 0.10), Map.of("Memecoins", 0.05)))
                .isInstanceOfSatisfying(InfeasibleBoundsException.class,
                        e -> assertThat(e.kind()).isEqualTo(InfeasibleBoundsException.Kind.FLOOR))
                .hasMessage("the floor of Memecoins (10 %) is above its cap (5 %)");
    }

    @Test
    void floorsAddingUpToMoreThan100AreRefusedWithEachFloor() {
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of("BTC", 0.6, "ETH", 0.5), Map.of()))
                .isInstanceOf(InfeasibleBoundsException.class)
                .hasMessage("the floors add up to 110 %, more than 100 %: BTC 60 %, ETH 50 %");
    }

    @Test
    void capsAddingUpToLessThan100AreRefusedWithEachCap() {
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of(),
                Map.of("BTC", 0.3, "ETH", 0.3, "Memecoins", 0.05, "Stablecoins", 0.225)))
                .isInstanceOfSatisfying(InfeasibleBoundsException.class,
                        e -> assertThat(e.kind()).isEqualTo(InfeasibleBoundsException.Kind.CAP))
                .hasMessage("the caps add up to 87.5 %, less than 100 %: BTC 30 %, ETH 30 %, Memecoins 5 %, Stablecoins 22.5 %");
    }

    @Test
    void valuesOutsideZeroToOneAndUnknownNamesAreRefused() {
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of(), Map.of("ETH", 1.2)))
                .hasMessage("the cap of ETH must be between 0 and 100 %, was 120 %");
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of("ETH", -0.1), Map.of()))
                .hasMessage("the floor of ETH must be between 0 and 100 %, was -10 %");
        assertThatThrownBy(() -> AllocationBounds.of(GROUPS, Map.of("DeFi", 0.1), Map.of()))
                .hasMessage("a floor is given for DeFi, which is not among the assets [BTC, ETH, Memecoins, Stablecoins]");
    }

    @Test
    void floorsOrCapsAddingUpToExactly1LeaveOnePortfolio() {
        List<String> three = List.of("A", "B", "C");
        AllocationBounds floors = AllocationBounds.of(three, Map.of("A", 1.0 / 3, "B", 1.0 / 3, "C", 1.0 / 3), Map.of());
        AllocationBounds caps = AllocationBounds.of(three, Map.of(), Map.of("A", 0.5, "B", 0.3, "C", 0.2));

        assertThat(floors.forced()).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertThat(caps.forced()).containsExactly(0.5, 0.3, 0.2);
    }

    @Test
    void repairPutsAlmostFeasibleWeightsExactlyInside() {
        AllocationBounds bounds = AllocationBounds.of(List.of("A", "B", "C"), Map.of("A", 0.2), Map.of("C", 0.1));

        double[] repaired = bounds.repair(new double[] {0.2 - 1e-12, 0.7 + 3e-12, 0.1 + 1e-12});

        assertThat(repaired[0]).isGreaterThanOrEqualTo(0.2);
        assertThat(repaired[2]).isLessThanOrEqualTo(0.1);
        assertThat(SuggestTestData.sum(repaired)).isCloseTo(1.0, offset(1e-15));
    }
}
