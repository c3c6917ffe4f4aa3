package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Weight;
import java.math.BigDecimal;

/** A group's current and target weights; drift is current minus target, in percentage points. */
public record GroupDrift(Weight current, Weight target) {

    public BigDecimal driftPoints() {
        return current.toPercent().subtract(target.toPercent());
    }
}
