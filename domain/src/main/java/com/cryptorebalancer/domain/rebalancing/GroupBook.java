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
}
