package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/** A coin named to receive a group's buys, with a relative weight (1 when not given). */
public record PrimaryCoin(Asset coin, BigDecimal weight) {

    public PrimaryCoin {
        Objects.requireNonNull(coin, "primary coin needs a symbol");
        Objects.requireNonNull(weight, "primary coin " + coin + " needs a weight");
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of primary coin " + coin + " must be positive, was " + weight.toPlainString());
        }
        weight = Decimals.canonical(weight);
    }

    public static PrimaryCoin of(String symbol) {
        return new PrimaryCoin(Asset.of(symbol), BigDecimal.ONE);
    }
}
