package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import java.math.BigDecimal;
import java.util.List;

/** Reports the holdings left out of a plan as skipped items, in a fixed order ({@link ExclusionOrder}). */
final class Exclusions {

    private Exclusions() {
    }

    static void report(List<Exclusion> excluded, Portfolio portfolio, PlanLedger ledger) {
        for (Exclusion exclusion : ExclusionOrder.sorted(excluded, portfolio)) {
            Position position = exclusion.position();
            Holding holding = position.holding();
            ledger.skip(position.group(), position.coin(), position.location(),
                    holding.isPriced() ? holding.value().value() : BigDecimal.ZERO,
                    skipReason(exclusion.reason()), describe(exclusion.reason()));
        }
    }

    private static SkipReason skipReason(Exclusion.Reason reason) {
        switch (reason) {
            case NEGATIVE_BALANCE:
                return SkipReason.NEGATIVE_BALANCE;
            case NO_PRICE:
                return SkipReason.NO_PRICE;
            default:
                return SkipReason.DUST;
        }
    }

    /** The same words for every exclusion of a kind: the item itself names the coin, the place and the amount. */
    private static String describe(Exclusion.Reason reason) {
        switch (reason) {
            case NEGATIVE_BALANCE:
                return "a negative balance (a debt or residue): kept, never sold or netted";
            case NO_PRICE:
                return "no price: its value is unknown, not zero";
            default:
                return "worth less than min_usd";
        }
    }
}
