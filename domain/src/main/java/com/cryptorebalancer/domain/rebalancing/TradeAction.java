package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One proposed trade, with everything that explains it.
 *
 * @param usd          the amount in whole cents
 * @param estQuantity  {@code usd / price}, rounded as {@code rounding} says; for a sell of a whole
 *                     holding, exactly the quantity held
 * @param location     where to trade; null for a buy when the portfolio has no exchange account
 * @param hint         how to carry it out (e.g. a hardware-wallet sell needs a transfer first)
 * @param rationale    why: the group's weight against its target and this coin's share of the trade
 * @param rounding     how usd and quantity were rounded
 */
public record TradeAction(Group group, Asset coin, Side side, UsdAmount usd, BigDecimal estQuantity, Price price,
                          Location location, ExecHint hint, Rationale rationale, String rounding) {

    public TradeAction {
        Objects.requireNonNull(group, "trade needs a group");
        Objects.requireNonNull(coin, "trade needs a coin");
        Objects.requireNonNull(side, "trade of " + coin + " needs a side");
        Objects.requireNonNull(usd, "trade of " + coin + " needs an amount");
        Objects.requireNonNull(estQuantity, "trade of " + coin + " needs a quantity");
        Objects.requireNonNull(price, "trade of " + coin + " needs a price");
        Objects.requireNonNull(hint, "trade of " + coin + " needs an execution hint");
        Objects.requireNonNull(rationale, "trade of " + coin + " needs a rationale");
        Objects.requireNonNull(rounding, "trade of " + coin + " needs its rounding");
        if (!usd.isPositive()) {
            throw new IllegalArgumentException("trade of " + coin + " must be for a positive amount, was " + usd);
        }
        if (estQuantity.signum() <= 0) {
            throw new IllegalArgumentException("trade of " + coin + " must be for a positive quantity, was " + estQuantity.toPlainString());
        }
    }

    /** How to carry it out, in words. */
    public String execHint() {
        return hint.text();
    }

    /** Why, in words. */
    public String reason() {
        return rationale.text(this);
    }

    /** The group's weights before the plan. */
    public GroupDrift drift() {
        return rationale.drift();
    }
}
