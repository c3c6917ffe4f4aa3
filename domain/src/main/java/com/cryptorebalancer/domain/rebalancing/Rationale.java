package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.util.Objects;

/**
 * Why a trade is proposed: its group's weight against its target, what the group trades in all, and
 * this coin's part of it (for a sell, over all the coin's locations).
 */
public record Rationale(GroupDrift drift, UsdAmount groupAmount, UsdAmount coinPart) {

    public Rationale {
        Objects.requireNonNull(drift, "rationale needs the group's drift");
        Objects.requireNonNull(groupAmount, "rationale needs the group's amount");
        Objects.requireNonNull(coinPart, "rationale needs the coin's part");
    }

    /** "BTC is 75.00 % against a target of 60.00 %: sell 6000.00 USD of the group, 6000.00 USD of it in BTC". */
    String text(TradeAction action) {
        return action.group() + " is " + drift.current().toPercent().toPlainString() + " % against a target of "
                + drift.target().toPercent().toPlainString() + " %: " + action.side().code() + " "
                + Decimals.cents(groupAmount.value()).toPlainString() + " USD of the group, "
                + Decimals.cents(coinPart.value()).toPlainString() + " USD of it in " + action.coin();
    }
}
