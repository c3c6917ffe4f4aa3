package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/** A coin named to receive a group's buys, with a relative weight (1 when not given). */
public record PrimaryCoin(Asset coin, BigDecimal weight) {

    private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000000");
    private static final int MAX_DECIMALS = 10;

    public PrimaryCoin {
        Objects.requireNonNull(coin, "primary coin needs a symbol");
        Objects.requireNonNull(weight, "primary coin " + coin + " needs a weight");
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of primary coin " + coin + " must be positive, was " + weight);
        }
        // checked by comparison, before any arithmetic a value such as 1e999999999 would overflow
        if (weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("weight of primary coin " + coin + " must be at most " + MAX_WEIGHT
                    + " with at most " + MAX_DECIMALS + " decimals, was " + weight);
        }
        weight = Decimals.canonical(weight);
    }

    public static PrimaryCoin of(String symbol) {
        return new PrimaryCoin(Asset.of(symbol), BigDecimal.ONE);
    }
}
