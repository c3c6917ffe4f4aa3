package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.Objects;

/** What the portfolio holds of one coin (of one group) now, in USD: what a stress test moves. */
public record Exposure(Asset coin, Group group, BigDecimal valueUsd) {

    public Exposure {
        Objects.requireNonNull(coin, "an exposure needs a coin");
        Objects.requireNonNull(group, "exposure to " + coin + " needs a group");
        Objects.requireNonNull(valueUsd, "exposure to " + coin + " needs a value");
        if (valueUsd.signum() <= 0) {
            throw new IllegalArgumentException("exposure to " + coin + " must be worth more than 0 USD, was "
                    + valueUsd.toPlainString());
        }
    }
}
