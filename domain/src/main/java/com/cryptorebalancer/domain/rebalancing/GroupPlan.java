package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;

/**
 * One group before and after the plan.
 *
 * @param current       what it holds now (eligible holdings only)
 * @param targetPercent the owner's percentage
 * @param target        that percentage of the portfolio plus any new cash
 * @param delta         target minus current: positive means under target
 * @param sold          total of its proposed sells
 * @param bought        total of its proposed buys
 * @param status        what the plan does with it
 */
public record GroupPlan(Group group, UsdAmount current, GroupDrift drift, BigDecimal targetPercent, UsdAmount target,
                        UsdAmount delta, UsdAmount sold, UsdAmount bought, Status status) {

    /** What the plan does with a group. */
    public enum Status {
        SELL, BUY, HOLD, WITHIN_BAND, BELOW_MIN_TRADE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The group's value once the plan is carried out. */
    public UsdAmount after() {
        return current.minus(sold).plus(bought);
    }
}
