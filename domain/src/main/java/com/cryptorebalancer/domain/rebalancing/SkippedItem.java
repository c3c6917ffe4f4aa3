package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.util.Objects;

/**
 * Something not traded, with the amount involved and why. {@code coin} and {@code location} are null
 * when the skip concerns a whole group (a group inside its band) or a whole coin.
 */
public record SkippedItem(Group group, Asset coin, Location location, UsdAmount usd, SkipReason reason, String detail) {

    public SkippedItem {
        Objects.requireNonNull(group, "skipped item needs a group");
        Objects.requireNonNull(usd, "skipped item needs an amount");
        Objects.requireNonNull(reason, "skipped item needs a reason");
        Objects.requireNonNull(detail, "skipped item needs a detail");
    }
}
