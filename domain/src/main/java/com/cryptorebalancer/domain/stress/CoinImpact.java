package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;

/**
 * What a shock does to one holding.
 *
 * @param change    the move applied (0 when no shock applies)
 * @param appliedBy the shock applied: its own coin's ({@code coin:BTC}), its group's ({@code Memecoins}), or
 *                  null when none applies
 * @param changeUsd {@code valueUsd * change}, exact
 */
public record CoinImpact(Asset coin, Group group, BigDecimal valueUsd, BigDecimal change, String appliedBy,
                         BigDecimal changeUsd) {
}
