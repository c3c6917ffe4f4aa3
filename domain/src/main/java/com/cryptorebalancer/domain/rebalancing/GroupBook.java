package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One group's eligible holdings: total value and coins, largest first. */
final class GroupBook {

    final Group group;
    final List<CoinBook> coins = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;

    GroupBook(Group group) {
        this.group = group;
    }

    /**
     * The coin of this rank (largest first) with its slots in sell order and numbered (coin rank, slot
     * rank). Ordered when first asked, just before a sell walks them, while they are in the cache; only
     * coins that sell are ever ordered.
     */
    CoinBook inSellOrder(int rank) {
        CoinBook coin = coins.get(rank);
        if (!coin.ordered) {
            List<Slot> slots = coin.slots;
            slots.forEach(Slot::readyToSort);
            slots.sort(Slot.SELL_ORDER);
            for (int r = 0; r < slots.size(); r++) {
                slots.get(r).coinRank = rank;
                slots.get(r).rank = r;
            }
            coin.ordered = true;
        }
        return coin;
    }
}
