package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Where the allocators write what they decide: trades and skips, in the order decided. */
final class PlanLedger {

    final List<TradeAction> actions = new ArrayList<>();
    final List<SkippedItem> skipped = new ArrayList<>();

    void skip(Group group, Asset coin, Location location, BigDecimal usd, SkipReason reason, String detail) {
        skipped.add(new SkippedItem(group, coin, location, new UsdAmount(usd), reason, detail));
    }
}
