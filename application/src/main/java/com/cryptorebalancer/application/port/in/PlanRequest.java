package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.PrimaryCoin;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A plan for the current portfolio, as the API and the dashboard ask for it. Null means "the default":
 * mode full, no cash, the settings' minimums, no band, proportional sub-allocation.
 *
 * @param targets   percent by group name; exactly one of {@code targets} and {@code profileId}
 * @param profileId a saved target profile's id
 * @param pricing   {@code local}, {@code auto} or {@code hybrid}; null for the settings' pricing mode
 */
public record PlanRequest(Map<String, BigDecimal> targets, Long profileId, RebalanceMode mode, BigDecimal cashUsd,
                          BigDecimal minUsd, BigDecimal minTradeUsd, Band band,
                          Map<String, List<PrimaryCoin>> primaries, String pricing) {

    /** Priced as the settings say. */
    public PlanRequest(Map<String, BigDecimal> targets, Long profileId, RebalanceMode mode, BigDecimal cashUsd,
                       BigDecimal minUsd, BigDecimal minTradeUsd, Band band, Map<String, List<PrimaryCoin>> primaries) {
        this(targets, profileId, mode, cashUsd, minUsd, minTradeUsd, band, primaries, null);
    }
}
