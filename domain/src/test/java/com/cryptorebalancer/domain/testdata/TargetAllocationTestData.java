package com.cryptorebalancer.domain.testdata;

import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Target allocations for tests: {@code targets("BTC", "60", "Stablecoins", "40")}. */
public final class TargetAllocationTestData {

    private TargetAllocationTestData() {
    }

    public static TargetAllocation targets(String... groupAndPercent) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        for (int i = 0; i < groupAndPercent.length; i += 2) {
            percents.put(groupAndPercent[i], new BigDecimal(groupAndPercent[i + 1]));
        }
        return TargetAllocation.of(percents, Taxonomy.defaults());
    }

    /** 60 % BTC, 40 % Stablecoins. */
    public static TargetAllocation sixtyForty() {
        return targets("BTC", "60", "Stablecoins", "40");
    }
}
