package com.cryptorebalancer.domain.rebalancing;

import java.util.Locale;

/** Why something the plan could have traded was not: each skip is reported with its USD amount. */
public enum SkipReason {
    /** The trade would be smaller than min_trade_usd. */
    BELOW_MIN_TRADE,
    /** No price is known for the coin, so its value or the quantity to buy is unknown (never taken as zero). */
    NO_PRICE,
    /** A negative balance (debt, margin, residue): reported, never sold or netted. */
    NEGATIVE_BALANCE,
    /** A holding worth less than min_usd. */
    DUST,
    /** The group is inside its tolerance band (bands mode). */
    WITHIN_BAND,
    /** The group should be bought but holds no coin and names none to buy. */
    NO_COIN_TO_BUY,
    /** Buys were scaled down because less money came in than they needed (sells skipped, or not enough cash). */
    UNFUNDED,
    /** The group is overweight, but this mode never sells. */
    NO_SELLS_IN_MODE;

    /** "below_min_trade", "no_price"... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
