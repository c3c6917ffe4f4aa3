package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.portfolio.Exclusion;
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

/** One run of {@link RebalancePlanner}: the steps of its class comment, in order, and the state they share. */
final class PlanRun {

    private final Portfolio portfolio;
    private final PriceBook prices;
    private final TargetAllocation targets;
    private final PlanOptions options;
    private final BigDecimal minTrade;
    private final PlanLedger ledger = new PlanLedger();
    private final Map<Group, GroupDrift> drifts = new HashMap<>();
    private final Map<Group, GroupPlan.Status> statuses = new LinkedHashMap<>();
    private final Map<Group, BigDecimal> sold = new HashMap<>();
    private final Map<Group, BigDecimal> demand = new LinkedHashMap<>();
    private Books books;
    private Map<Group, Goals.Goal> goals;

    PlanRun(Portfolio portfolio, PriceBook prices, TargetAllocation targets, PlanOptions options) {
        this.portfolio = portfolio;
        this.prices = prices;
        this.targets = targets;
        this.options = options;
        this.minTrade = options.effectiveMinTrade().value();
    }

    RebalancePlan run() {
        List<Exclusion> excluded = new ArrayList<>();
        books = Books.of(portfolio, options.minUsd().value(), excluded);
        Exclusions.report(excluded, portfolio, ledger);
        BigDecimal cash = options.cash().value();
        BigDecimal whole = books.total.add(cash);
        goals = Goals.of(options, books, targets, whole);
        Map<Group, BigDecimal> deltas = deltas();
        SellAllocator sells = new SellAllocator(minTrade, options.minUsd().value(), prices, ledger);
        BigDecimal sellTotal = BigDecimal.ZERO;
        for (GroupBook group : books.groupsInOrder()) {
            GroupDrift drift = new GroupDrift(Weight.of(new UsdAmount(group.value), new UsdAmount(whole)),
                    targets.weight(group.group));
            drifts.put(group.group, drift);
            BigDecimal delta = deltas.get(group.group);
            GroupPlan.Status status = decide(group, goals.get(group.group), delta);
            statuses.put(group.group, status);
            if (status == GroupPlan.Status.SELL) {
                BigDecimal proposed = sells.sell(group, delta.negate(), drift);
                sold.put(group.group, proposed);
                sellTotal = sellTotal.add(proposed);
            } else if (status == GroupPlan.Status.BUY) {
                demand.put(group.group, delta);
            }
        }
        BuyAllocator buys = new BuyAllocator(minTrade, prices, books, portfolio.taxonomy(), options.subAllocation(), ledger);
        Map<Group, BigDecimal> bought = new Funding(minTrade, books, buys, drifts, ledger).buy(demand, sellTotal.add(cash));
        return assemble(whole, sellTotal, bought);
    }

    /**
     * What each group is to trade, in whole cents, rounded once and so that the amounts keep their
     * exact total: the buys a full plan needs are then exactly what its sells raise.
     */
    private Map<Group, BigDecimal> deltas() {
        List<GroupBook> groups = books.groupsInOrder();
        List<BigDecimal> exact = new ArrayList<>(groups.size());
        for (GroupBook group : groups) {
            exact.add(goals.get(group.group).aim().subtract(group.value));
        }
        List<BigDecimal> cents = CentRounding.sumPreserving(exact);
        Map<Group, BigDecimal> deltas = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            deltas.put(groups.get(i).group, cents.get(i));
        }
        return deltas;
    }

    private GroupPlan.Status decide(GroupBook group, Goals.Goal goal, BigDecimal delta) {
        if (goal.withinBand()) {
            ledger.skip(group.group, null, null, goal.target().subtract(group.value).abs(), SkipReason.WITHIN_BAND,
                    group.group + " is inside its band of " + options.band().describe());
            return GroupPlan.Status.WITHIN_BAND;
        }
        if (options.mode() == RebalanceMode.BUY_ONLY && goal.target().compareTo(group.value) < 0) {
            ledger.skip(group.group, null, null, group.value.subtract(goal.target()), SkipReason.NO_SELLS_IN_MODE,
                    group.group + " is above its target, and buy-only never sells");
        }
        if (delta.abs().compareTo(RebalancePlanner.ON_TARGET) <= 0) {
            return GroupPlan.Status.HOLD;
        }
        if (delta.abs().compareTo(minTrade) < 0) {
            ledger.skip(group.group, null, null, delta.abs(), SkipReason.BELOW_MIN_TRADE, group.group + " is "
                    + delta.abs().toPlainString() + " USD from its aim, less than the minimum trade");
            return GroupPlan.Status.BELOW_MIN_TRADE;
        }
        return delta.signum() < 0 ? GroupPlan.Status.SELL : GroupPlan.Status.BUY;
    }

    private RebalancePlan assemble(BigDecimal whole, BigDecimal sellTotal, Map<Group, BigDecimal> bought) {
        BigDecimal cash = options.cash().value();
        BigDecimal buyTotal = bought.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<GroupPlan> groups = new ArrayList<>();
        for (GroupBook group : books.groupsInOrder()) {
            BigDecimal target = goals.get(group.group).target();
            groups.add(new GroupPlan(group.group, new UsdAmount(group.value), drifts.get(group.group),
                    targets.percent(group.group), new UsdAmount(target), new UsdAmount(target.subtract(group.value)),
                    new UsdAmount(sold.getOrDefault(group.group, BigDecimal.ZERO)),
                    new UsdAmount(bought.getOrDefault(group.group, BigDecimal.ZERO)), statuses.get(group.group)));
        }
        List<TradeAction> actions = new ArrayList<>(ledger.actions);
        actions.sort(Comparator.comparing(TradeAction::side)); // stable: sells first, each side in decision order
        BigDecimal unallocated = sellTotal.add(cash).subtract(buyTotal);
        return new RebalancePlan(options, new UsdAmount(books.total), options.cash(), groups, actions, ledger.skipped,
                portfolio.unknownAliases(), new UsdAmount(sellTotal), new UsdAmount(buyTotal), new UsdAmount(unallocated),
                warnings(unallocated));
    }

    /** Money the plan raises or is given but does not spend is worth a look before anything is sold. */
    private List<String> warnings(BigDecimal unallocated) {
        if (unallocated.compareTo(minTrade) < 0) {
            return List.of();
        }
        List<String> unbought = new ArrayList<>();
        for (SkippedItem item : ledger.skipped) {
            boolean noBuy = item.reason() == SkipReason.NO_COIN_TO_BUY
                    || item.reason() == SkipReason.NO_PRICE && item.location() == null && item.usd().isPositive();
            if (noBuy && !unbought.contains(item.group().name())) {
                unbought.add(item.group().name());
            }
        }
        String why = unbought.isEmpty() ? "no group needs it" : "nothing could be bought for " + String.join(", ", unbought);
        return List.of(new UsdAmount(unallocated).toCentsString() + " USD raised by sells or given as cash is not spent ("
                + why + "); see the skipped items, or sell less");
    }
}
