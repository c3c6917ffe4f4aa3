package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import java.util.Locale;
import java.util.regex.Pattern;

/** How to carry out a trade at a location, in words. */
final class ExecHints {

    private static final Pattern SUB_ACCOUNT = Pattern.compile("\\b(futures|margin|funding)\\b");
    private static final Pattern STAKED = Pattern.compile("\\bstak(ed|ing)\\b");

    private ExecHints() {
    }

    static String sell(Location location, Asset coin, boolean wholeHolding) {
        String name = location.name();
        String all = wholeHolding ? "all " : "";
        switch (location.kind()) {
            case EXCHANGE_SPOT:
                if (SUB_ACCOUNT.matcher(location.key()).find()) {
                    return "transfer " + all + coin + " from " + name + " to the exchange's spot account, then sell it there";
                }
                return "sell " + all + coin + " on " + name + " (spot market)";
            case EXCHANGE_EARN:
                return "redeem " + all + coin + " from " + name + " first (unstaking can take days), then sell it on the exchange's spot market";
            case SOFTWARE_WALLET:
                return "send " + all + coin + " from " + name + " to an exchange (network fee), or swap it inside the wallet";
            case APP_WALLET:
                return "withdraw " + all + coin + " from " + name + " to an exchange, then sell it there";
            case HARDWARE_WALLET:
                String unstake = STAKED.matcher(location.key()).find() ? "unstake it, then " : "";
                return unstake + "transfer " + all + coin + " from " + name
                        + " to an exchange (sign on the device), then sell it there";
            case MANUAL:
                return "tracked by hand in " + name + ": move " + all + coin + " to an exchange, then sell it there";
            default:
                return "unknown kind of location " + name + ": move " + all + coin + " to an exchange, then sell it there";
        }
    }

    static String buyWhereHeld(Location location, Asset coin) {
        return "buy " + coin + " on " + location.name() + ", where it is already held";
    }

    static String buyOnGroupExchange(Location location, Asset coin, String group) {
        return "buy " + coin + " on " + location.name() + ", the main exchange for " + group;
    }

    static String buyOnPortfolioExchange(Location location, Asset coin) {
        return "buy " + coin + " on " + location.name() + ", the portfolio's main exchange";
    }

    static String buyAnywhere(Asset coin) {
        return "the portfolio has no exchange account: buy " + coin + " on an exchange you use";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
