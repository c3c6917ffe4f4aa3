package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;

/**
 * What a scenario of shocks does to one group.
 *
 * @param change {@code changeUsd / valueUsd}
 */
public record GroupImpact(Group group, BigDecimal valueUsd, BigDecimal changeUsd, double change) {
}
