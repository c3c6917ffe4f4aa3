package com.cryptorebalancer.domain.rebalancing;

import java.util.Locale;

/** How far a plan goes. */
public enum RebalanceMode {
    /** Sell overweight groups and buy underweight ones to their targets; cash-neutral. */
    FULL,
    /** Deploy new cash to underweight groups; never sell. */
    BUY_ONLY,
    /** Trade only the groups outside their tolerance band, back to target or to the band's edge. */
    BANDS;

    /** "full", "buy-only", "bands". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RebalanceMode fromCode(String code) {
        for (RebalanceMode mode : values()) {
            if (mode.code().equalsIgnoreCase(code.strip()) || mode.name().equalsIgnoreCase(code.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + code + "'; expected full, buy-only or bands");
    }
}
