package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One coin of the portfolio as the risk report sees it: all of it, wherever it is held.
 *
 * @param quantity how much is held: the buy-and-hold view's q_i
 * @param value    what it is worth now: the fixed-weights view's w_i is its share of the total
 */
public record RiskHolding(Asset coin, Group group, BigDecimal quantity, UsdAmount value) {

    public RiskHolding {
        Objects.requireNonNull(coin, "a risk holding needs its coin");
        Objects.requireNonNull(group, "the risk holding of " + coin + " needs its group");
        Objects.requireNonNull(quantity, "the risk holding of " + coin + " needs its quantity");
        Objects.requireNonNull(value, "the risk holding of " + coin + " needs its value");
        if (quantity.signum() <= 0 || value.value().signum() <= 0) {
            throw new IllegalArgumentException("the risk holding of " + coin + " must have a positive quantity and"
                    + " value, was " + quantity.toPlainString() + " worth " + value.value().toPlainString() + " USD");
        }
    }
}
