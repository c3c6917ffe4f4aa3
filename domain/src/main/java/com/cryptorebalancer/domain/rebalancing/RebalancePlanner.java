package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rebalance planner: a pure function of a classified portfolio, prices, targets and options.
 *
 * <ol>
 *   <li>Holdings that are negative, unpriced or dust are left out and reported.</li>
 *   <li>Each group gets an aim ({@link Goals}): its target in full mode, the band edge or target when
 *       outside its band, a water-filled share of the new cash in buy-only mode.</li>
 *   <li>Groups further from their aim than the minimum trade sell or buy the difference; closer ones
 *       are reported as below the minimum trade.</li>
 *   <li>Sells are proposed first ({@link SellAllocator}); the money they raise plus any new cash funds
 *       the buys ({@link BuyAllocator}), scaled down in proportion when it falls short.</li>
 *   <li>What is left is {@code unallocated}: sells + cash = buys + unallocated, to the cent.</li>
 * </ol>
 */
public final class RebalancePlanner {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** A group this close to its aim is on target: cents lost to rounding are not worth a trade. */
    static final BigDecimal ON_TARGET = new BigDecimal("0.05");

    private RebalancePlanner() {
    }

    public static RebalancePlan plan(Portfolio portfolio, PriceBook prices, TargetAllocation targets, PlanOptions options) {
        List<Exclusion> excluded = new ArrayList<>();
        Books books = Books.of(portfolio, options.minUsd().value(), excluded);
        PlanLedger ledger = new PlanLedger();
        reportExclusions(excluded, portfolio, ledger);
        BigDecimal minTrade = options.effectiveMinTrade().value();
        BigDecimal cash = options.cash().value();
        BigDecimal whole = books.total.add(cash);
        Map<Group, Goals.Goal> goals = Goals.of(options, books, targets, whole);
        Map<Group, GroupDrift> drifts = new HashMap<>();
        Map<Group, GroupPlan.Status> statuses = new LinkedHashMap<>();
        Map<Group, BigDecimal> sold = new HashMap<>();
        Map<Group, BigDecimal> demand = new LinkedHashMap<>();

        SellAllocator sells = new SellAllocator(minTrade, options.minUsd().value(), prices, ledger);
        BigDecimal sellTotal = BigDecimal.ZERO;
        for (GroupBook group : books.groupsInOrder()) {
            Goals.Goal goal = goals.get(group.group);
            GroupDrift drift = new GroupDrift(Weight.of(new UsdAmount(group.value), new UsdAmount(whole)),
                    targets.weight(group.group));
            drifts.put(group.group, drift);
            // a group trades whole cents: what it is to sell or buy is rounded here, once
            BigDecimal delta = Decimals.cents(goal.aim().subtract(group.value));
            GroupPlan.Status status = decide(group, goal, delta, minTrade, options, ledger);
            statuses.put(group.group, status);
            if (status == GroupPlan.Status.SELL) {
                BigDecimal proposed = sells.sell(group, delta.negate(), drift);
                sold.put(group.group, proposed);
                sellTotal = sellTotal.add(proposed);
            } else if (status == GroupPlan.Status.BUY) {
                demand.put(group.group, delta);
            }
        }

        Map<Group, BigDecimal> bought = buy(books, demand, sellTotal.add(cash), minTrade, prices, portfolio, options,
                drifts, ledger);
        BigDecimal buyTotal = bought.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unallocated = sellTotal.add(cash).subtract(buyTotal);

        List<GroupPlan> groups = new ArrayList<>();
        for (GroupBook group : books.groupsInOrder()) {
            Goals.Goal goal = goals.get(group.group);
            groups.add(new GroupPlan(group.group, new UsdAmount(group.value), drifts.get(group.group),
                    targets.percent(group.group), new UsdAmount(goal.target()),
                    new UsdAmount(goal.target().subtract(group.value)),
                    new UsdAmount(sold.getOrDefault(group.group, BigDecimal.ZERO)),
                    new UsdAmount(bought.getOrDefault(group.group, BigDecimal.ZERO)), statuses.get(group.group)));
        }
        List<TradeAction> actions = new ArrayList<>(ledger.actions);
        actions.sort(Comparator.comparing(TradeAction::side)); // stable: sells first, each side in decision order
        return new RebalancePlan(options, new UsdAmount(books.total), options.cash(), groups, actions, ledger.skipped,
                portfolio.unknownAliases(), new UsdAmount(sellTotal), new UsdAmount(buyTotal), new UsdAmount(unallocated));
    }

    private static GroupPlan.Status decide(GroupBook group, Goals.Goal goal, BigDecimal delta, BigDecimal minTrade,
                                           PlanOptions options, PlanLedger ledger) {
        if (goal.withinBand()) {
            ledger.skip(group.group, null, null, goal.target().subtract(group.value).abs(), SkipReason.WITHIN_BAND,
                    group.group + " is inside its band of " + options.band().describe());
            return GroupPlan.Status.WITHIN_BAND;
        }
        if (options.mode() == RebalanceMode.BUY_ONLY && goal.target().compareTo(group.value) < 0) {
            ledger.skip(group.group, null, null, group.value.subtract(goal.target()), SkipReason.NO_SELLS_IN_MODE,
                    group.group + " is above its target, and buy-only never sells");
        }
        if (delta.abs().compareTo(ON_TARGET) <= 0) {
            return GroupPlan.Status.HOLD;
        }
        if (delta.abs().compareTo(minTrade) < 0) {
            ledger.skip(group.group, null, null, delta.abs(), SkipReason.BELOW_MIN_TRADE,
                    group.group + " is " + Decimals.cents(delta.abs()).toPlainString() + " USD from its aim, less than the minimum trade");
            return GroupPlan.Status.BELOW_MIN_TRADE;
        }
        return delta.signum() < 0 ? GroupPlan.Status.SELL : GroupPlan.Status.BUY;
    }

    /**
     * Funds buys from sells plus cash. Groups that cannot buy anything (no coin, no price) are reported
     * and get nothing; when the money falls short of what the others need, every one of their buys is
     * scaled down by the same factor.
     */
    private static Map<Group, BigDecimal> buy(Books books, Map<Group, BigDecimal> demand, BigDecimal funds,
                                              BigDecimal minTrade, PriceBook prices, Portfolio portfolio,
                                              PlanOptions options, Map<Group, GroupDrift> drifts, PlanLedger ledger) {
        BuyAllocator buys = new BuyAllocator(minTrade, prices, books, portfolio.taxonomy(), options.subAllocation(), ledger);
        Map<Group, BuyAllocator.Candidates> buyable = new LinkedHashMap<>();
        BigDecimal needed = BigDecimal.ZERO;
        for (Map.Entry<Group, BigDecimal> entry : demand.entrySet()) {
            GroupBook group = books.groups.get(entry.getKey());
            BuyAllocator.Candidates candidates = buys.candidates(group);
            buys.reportUnbuyable(group, candidates, entry.getValue());
            if (!candidates.isEmpty()) {
                buyable.put(entry.getKey(), candidates);
                needed = needed.add(entry.getValue());
            }
        }
        boolean isShort = needed.compareTo(funds) > 0;
        // each group's amount was rounded to the cent on its own: a shortfall of a cent a group is rounding, not a shortage
        boolean roundingOnly = needed.subtract(funds).compareTo(CENT.multiply(BigDecimal.valueOf(buyable.size()))) <= 0;
        Map<Group, BigDecimal> bought = new HashMap<>();
        for (Map.Entry<Group, BuyAllocator.Candidates> entry : buyable.entrySet()) {
            Group group = entry.getKey();
            BigDecimal wanted = demand.get(group);
            BigDecimal funded = Decimals.centsDown(isShort ? wanted.multiply(funds).divide(needed, Decimals.MC) : wanted);
            BigDecimal missing = wanted.subtract(funded);
            if (isShort && !roundingOnly && Decimals.centsDown(missing).signum() > 0) {
                ledger.skip(group, null, null, missing, SkipReason.UNFUNDED, "sells and cash raise "
                        + Decimals.cents(funds).toPlainString() + " USD for " + Decimals.cents(needed).toPlainString()
                        + " USD of buys: every buy is scaled down in proportion");
            }
            if (funded.compareTo(minTrade) < 0 || funded.signum() == 0) {
                ledger.skip(group, null, null, funded, SkipReason.BELOW_MIN_TRADE,
                        group + "'s funded buy of " + funded.toPlainString() + " USD is below the minimum trade");
                continue;
            }
            bought.put(group, buys.buy(books.groups.get(group), entry.getValue(), funded, drifts.get(group)));
        }
        return bought;
    }

    /** Exclusions in a fixed order (group, coin, location), so the plan does not depend on the order of the input. */
    private static void reportExclusions(List<Exclusion> excluded, Portfolio portfolio, PlanLedger ledger) {
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
