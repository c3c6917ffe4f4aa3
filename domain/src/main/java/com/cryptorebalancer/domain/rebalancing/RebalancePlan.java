package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.UnknownAlias;
import java.util.List;

/**
 * The result of planning: groups before and after, the trades (sells first), what was skipped and why,
 * the unknown aliases, and the money left undeployed.
 *
 * <p>Identity that always holds: {@code sellTotal + cash = buyTotal + unallocated}, to the cent.
 *
 * @param warnings what a person should look at before trading, in words (e.g. sells whose money no buy
 *                 takes); empty when there is nothing to say
 */
public record RebalancePlan(PlanOptions options, UsdAmount total, UsdAmount cash, List<GroupPlan> groups,
                            List<TradeAction> actions, List<SkippedItem> skipped, List<UnknownAlias> unknownAliases,
                            UsdAmount sellTotal, UsdAmount buyTotal, UsdAmount unallocated, List<String> warnings) {

    public RebalancePlan {
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
        actions = List.copyOf(actions);
        skipped = List.copyOf(skipped);
        unknownAliases = List.copyOf(unknownAliases);
        if (sellTotal.plus(cash).compareTo(buyTotal.plus(unallocated)) != 0) {
            throw new IllegalStateException("plan does not balance: sells " + sellTotal + " + cash " + cash
                    + " != buys " + buyTotal + " + unallocated " + unallocated);
        }
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }
}
