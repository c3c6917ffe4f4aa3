package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import java.util.Locale;
import java.util.Objects;

/**
 * How to carry out a trade at its location: a kind a program can act on, and {@link #text()} for people.
 *
 * @param location where the trade happens; null only for {@link Kind#BUY_ANYWHERE}
 * @param whole    for a sell, whether it sells everything held there
 */
public record ExecHint(Kind kind, Asset coin, Location location, boolean whole, String group) {

    /** What has to happen before or while the trade is placed. */
    public enum Kind {
        SELL_ON_EXCHANGE, TRANSFER_TO_SPOT_THEN_SELL, REDEEM_THEN_SELL, SEND_FROM_WALLET_THEN_SELL,
        WITHDRAW_FROM_APP_THEN_SELL, TRANSFER_FROM_HARDWARE_THEN_SELL, UNSTAKE_THEN_TRANSFER_THEN_SELL,
        MOVE_MANUAL_THEN_SELL, MOVE_UNKNOWN_THEN_SELL, BUY_WHERE_HELD, BUY_ON_GROUP_EXCHANGE,
        BUY_ON_MAIN_EXCHANGE, BUY_ANYWHERE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }


    public ExecHint {
        Objects.requireNonNull(kind, "hint needs a kind");
        Objects.requireNonNull(coin, "hint needs a coin");
        if (location == null && kind != Kind.BUY_ANYWHERE) {
            throw new IllegalArgumentException("hint " + kind + " for " + coin + " needs a location");
        }
    }

    /** How a sell at {@code location} is carried out, from the location's kind (and name, for sub-accounts). */
    static Kind sellKind(Location location) {
        switch (location.kind()) {
            case EXCHANGE_SPOT:
                return location.isSubAccount() ? Kind.TRANSFER_TO_SPOT_THEN_SELL : Kind.SELL_ON_EXCHANGE;
            case EXCHANGE_EARN:
                return Kind.REDEEM_THEN_SELL;
            case SOFTWARE_WALLET:
                return Kind.SEND_FROM_WALLET_THEN_SELL;
            case APP_WALLET:
                return Kind.WITHDRAW_FROM_APP_THEN_SELL;
            case HARDWARE_WALLET:
                return location.key().contains("stak") ? Kind.UNSTAKE_THEN_TRANSFER_THEN_SELL
                        : Kind.TRANSFER_FROM_HARDWARE_THEN_SELL;
            case MANUAL:
                return Kind.MOVE_MANUAL_THEN_SELL;
            default:
                return Kind.MOVE_UNKNOWN_THEN_SELL;
        }
    }

    /** The hint in words. */
    public String text() {
        String all = whole ? "all " : "";
        String name = location == null ? null : location.name();
        switch (kind) {
            case SELL_ON_EXCHANGE:
                return "sell " + all + coin + " on " + name + " (spot market)";
            case TRANSFER_TO_SPOT_THEN_SELL:
                return "transfer " + all + coin + " from " + name + " to the exchange's spot account, then sell it there";
            case REDEEM_THEN_SELL:
                return "redeem " + all + coin + " from " + name
                        + " first (unstaking can take days), then sell it on the exchange's spot market";
            case SEND_FROM_WALLET_THEN_SELL:
                return "send " + all + coin + " from " + name + " to an exchange (network fee), or swap it inside the wallet";
            case WITHDRAW_FROM_APP_THEN_SELL:
                return "withdraw " + all + coin + " from " + name + " to an exchange, then sell it there";
            case TRANSFER_FROM_HARDWARE_THEN_SELL:
                return "transfer " + all + coin + " from " + name + " to an exchange (sign on the device), then sell it there";
            case UNSTAKE_THEN_TRANSFER_THEN_SELL:
                return "unstake it, then transfer " + all + coin + " from " + name
                        + " to an exchange (sign on the device), then sell it there";
            case MOVE_MANUAL_THEN_SELL:
                return "tracked by hand in " + name + ": move " + all + coin + " to an exchange, then sell it there";
            case MOVE_UNKNOWN_THEN_SELL:
                return "unknown kind of location " + name + ": move " + all + coin + " to an exchange, then sell it there";
            case BUY_WHERE_HELD:
                return "buy " + coin + " on " + name + ", where it is already held";
            case BUY_ON_GROUP_EXCHANGE:
                return "buy " + coin + " on " + name + ", the main exchange for " + group;
            case BUY_ON_MAIN_EXCHANGE:
                return "buy " + coin + " on " + name + ", the portfolio's main exchange";
            default:
                return "the portfolio has no exchange account: buy " + coin + " on an exchange you use";
        }
    }
}
