package com.cryptorebalancer.adapter.out.market.coingecko;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdBatchesTest {

    @Test
    void idsAreSortedDistinctAndCutByCount() {
        assertThat(IdBatches.split(List.of("solana", "bitcoin", "ripple", "bitcoin"), 2, 1_000))
                .containsExactly(List.of("bitcoin", "ripple"), List.of("solana"));
    }

    @Test
    void aBatchEndsWhenTheNextIdWouldPassTheLength() {
        // "aaaaa,bbbbb" is 11 characters: it fits 11 exactly, the third id starts a new batch
        assertThat(IdBatches.split(List.of("aaaaa", "bbbbb", "ccccc"), 100, 11))
                .containsExactly(List.of("aaaaa", "bbbbb"), List.of("ccccc"));
        assertThat(IdBatches.split(List.of("aaaaa", "bbbbb", "ccccc"), 100, 10))
                .containsExactly(List.of("aaaaa"), List.of("bbbbb"), List.of("ccccc"));
    }

    @Test
    void anIdLongerThanTheLimitStillGoesAloneRatherThanBeingDropped() {
        assertThat(IdBatches.split(List.of("a-very-long-coin-id", "b"), 100, 5))
                .containsExactly(List.of("a-very-long-coin-id"), List.of("b"));
    }

    @Test
    void idsAreEncodedAndJoinedWithPlainCommas() {
        assertThat(IdBatches.join(List.of("bitcoin", "odd id", "a&b"))).isEqualTo("bitcoin,odd%20id,a%26b");
        // the length counted is the encoded one: "odd%20id,x" (10) does not fit 8, though "odd id,x" would
        assertThat(IdBatches.split(List.of("odd id", "x"), 100, 8)).containsExactly(List.of("odd id"), List.of("x"));
    }
}
