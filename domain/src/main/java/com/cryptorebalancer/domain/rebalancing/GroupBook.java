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
     * Puts every coin's slots in sell order and numbers them (coin rank, slot rank); done only for
     * groups that sell, since nothing else needs the order.
     */
    void inSellOrder() {
        for (int c = 0; c < coins.size(); c++) {
            List<Slot> slots = coins.get(c).slots;
            slots.forEach(Slot::readyToSort);
            slots.sort(Slot.SELL_ORDER);
            for (int r = 0; r < slots.size(); r++) {
                slots.get(r).coinRank = c;
                slots.get(r).rank = r;
            }
        }
    }
}
