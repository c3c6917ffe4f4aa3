package com.cryptorebalancer.domain.rebalancing;

import java.util.Locale;

/** Sell or buy. */
public enum Side {
    SELL, BUY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
