package com.cryptorebalancer.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotIdsTest {

    @Test
    void pairsAreNumberedInTheOrderFirstSeenAndKeepTheirIdAcrossGrowth() {
        SlotIds ids = new SlotIds();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            int coin = random.nextInt(3_000);
            int location = random.nextInt(300);
            int id = ids.idOf(coin, location);
            Integer before = expected.putIfAbsent((long) coin << 32 | location, id);
            assertThat(id).as("coin %d at location %d", coin, location).isEqualTo(before == null ? expected.size() - 1 : before);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
    }

    @Test
    void theExtremesOfBothIdsAreDistinctPairs() {
        SlotIds ids = new SlotIds();
        assertThat(ids.idOf(0, 0)).isZero();
        assertThat(ids.idOf(0, Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(ids.idOf(Integer.MAX_VALUE, 0)).isEqualTo(2);
        assertThat(ids.idOf(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(3);
        assertThat(ids.idOf(0, 0)).isZero();
        assertThat(ids.size()).isEqualTo(4);
    }
}
