package com.cryptorebalancer.domain.stress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Today's holdings under a scenario of shocks. Losses are negative, as everywhere in risk figures.
 *
 * @param changeUsd the whole portfolio's change in USD, exact (the sum of each holding's)
 * @param change    {@code changeUsd / totalValueUsd}; NaN when there is nothing held
 * @param groups    each group held, largest loss first (ties by name)
 * @param coins     each holding, largest loss first (ties by symbol)
 * @param unmatched the shocks that moved nothing, in the order given: nothing held is of that coin or group,
 *                  or each coin held of the group has its own shock
 */
public record ShockResult(List<Shock> shocks, BigDecimal totalValueUsd, BigDecimal changeUsd, double change,
                          List<GroupImpact> groups, List<CoinImpact> coins, List<Shock> unmatched) {

    public ShockResult {
        Objects.requireNonNull(totalValueUsd, "a shock result needs the portfolio's value");
        Objects.requireNonNull(changeUsd, "a shock result needs its change");
        shocks = List.copyOf(shocks);
        groups = List.copyOf(groups);
        coins = List.copyOf(coins);
        unmatched = List.copyOf(unmatched);
    }
}
