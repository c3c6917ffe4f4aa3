package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;

/**
 * The rebalance planner: a pure function of a classified portfolio, prices, targets and options.
 *
 * <ol>
 *   <li>Holdings that are negative, unpriced or dust are left out and reported ({@link Exclusions}).</li>
 *   <li>Each group gets an aim ({@link Goals}): its target in full mode, the band edge or target when
 *       outside its band, its share of the new cash in buy-only mode.</li>
 *   <li>What each group is to trade is rounded to whole cents so that the amounts keep their total;
 *       groups closer to their aim than the minimum trade are reported as below the minimum trade.</li>
 *   <li>Sells are proposed first ({@link SellAllocator}); the money they raise plus any new cash funds
 *       the buys ({@link Funding}, {@link BuyAllocator}), scaled down in proportion when it falls short.</li>
 *   <li>What is left is {@code unallocated}: sells + cash = buys + unallocated, to the cent.</li>
 * </ol>
 */
public final class RebalancePlanner {

    /** A group this close to its aim is on target: cents lost to rounding are not worth a trade. */
    static final BigDecimal ON_TARGET = new BigDecimal("0.05");

    private RebalancePlanner() {
    }

    public static RebalancePlan plan(Portfolio portfolio, PriceBook prices, TargetAllocation targets, PlanOptions options) {
        return new PlanRun(portfolio, prices, targets, options).run();
    }
}
