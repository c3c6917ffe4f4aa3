package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One coin of a group: its total value and its slots in sell order. */
final class CoinBook {

    /** Largest coin first; ties by symbol so that plans are identical run to run. */
    static final Comparator<CoinBook> LARGEST_FIRST = Comparator
            .comparing((CoinBook c) -> c.value, Comparator.reverseOrder())
            .thenComparing(c -> c.coin);

    final Asset coin;
    final GroupBook group;
    final List<Slot> slots = new ArrayList<>();
    private final Map<Location, Slot> slotsByLocation = new HashMap<>();
    BigDecimal value = BigDecimal.ZERO;

    CoinBook(Asset coin, GroupBook group) {
        this.coin = coin;
        this.group = group;
    }

    /** Adds a holding of this coin at a location, merging it with what is already held there. */
    void hold(Location location, BigDecimal holdingValue, Holding holding) {
        Slot slot = slotsByLocation.get(location);
        if (slot == null) {
            slot = new Slot(coin, location, holdingValue, holding.quantity().value(), holding.priceSource(), holding.pricedAt());
            slotsByLocation.put(location, slot);
            slots.add(slot);
        } else {
            slot.add(holdingValue, holding.quantity().value(), holding.priceSource(), holding.pricedAt());
        }
        value = value.add(holdingValue);
    }
}
