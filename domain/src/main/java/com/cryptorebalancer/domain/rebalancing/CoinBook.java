package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One coin of a group: its total value and its slots in sell order. */
final class CoinBook {

    /** Largest coin first; ties by symbol so that plans are identical run to run. */
    static final Comparator<CoinBook> LARGEST_FIRST = Comparator
            .comparing((CoinBook c) -> c.value, Comparator.reverseOrder())
            .thenComparing(c -> c.coin);

    final Asset coin;
    final GroupBook group;
    final List<Slot> slots = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    /** What this plan sells of this coin, over all its slots (a coin book lives for one plan). */
    BigDecimal sold = BigDecimal.ZERO;
    /** Whether {@link #slots} are in sell order ({@link GroupBook#inSellOrder(int)}). */
    boolean ordered;
    /** The coin's price in the plan's price book, once a sell has looked it up (null when it has none). */
    Price price;

    CoinBook(Asset coin, GroupBook group) {
        this.coin = coin;
        this.group = group;
    }
}
