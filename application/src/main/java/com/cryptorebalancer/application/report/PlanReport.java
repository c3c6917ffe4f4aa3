package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.GroupPlan;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.SkippedItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as it crosses the boundary (JSON with snake_case keys, CSV, the dashboard): every amount a
 * string, every figure with what explains it. The same plan always gives the same report.
 *
 * @param warnings what to look at before trading, in words; empty when there is nothing to say
 * @param rounding how the amounts and quantities of each kind of action ({@code sell}, {@code buy}) were
 *                 rounded: one rule per kind, stated once rather than on each of thousands of actions
 */
public record PlanReport(String mode, String pricing, Options options, Totals totals, List<String> warnings,
                         List<GroupLine> groups,
                         List<ActionLine> actions, Map<String, String> rounding, List<SkippedLine> skipped,
                         List<UnknownAliasLine> unknownAliases, String unallocatedUsd, List<ImportSummary> imports) {

    /** The options the plan was made with. */
    public record Options(String cashUsd, String minUsd, String minTradeUsd, BandLine band,
                          Map<String, Map<String, String>> primaries) {

        public static Options of(PlanOptions options) {
            Band band = options.band();
            BandLine bandLine = band == null ? null : new BandLine(Amounts.exact(band.width()),
                    band.unit() == Band.Unit.POINTS ? "pp" : "relative_pct", band.goal().code());
            Map<String, Map<String, String>> primaries = new LinkedHashMap<>();
            options.subAllocation().all().forEach((group, coins) -> {
                Map<String, String> weights = new LinkedHashMap<>();
                coins.forEach(c -> weights.put(c.coin().symbol(), Amounts.exact(c.weight())));
                primaries.put(group.name(), weights);
            });
            return new Options(Amounts.usd(options.cash()), Amounts.usd(options.minUsd()),
                    Amounts.usd(options.minTrade()), bandLine, primaries);
        }
    }

    /** The band in bands mode. */
    public record BandLine(String width, String unit, String to) {
    }

    /** The money in and out. {@code sell_usd + cash_usd = buy_usd + unallocated_usd}. */
    public record Totals(String portfolioUsd, String cashUsd, String sellUsd, String buyUsd, String unallocatedUsd) {
    }

    /** One group before and after. */
    public record GroupLine(String group, String currentUsd, String currentPct, String targetPct, String targetUsd,
                            String deltaUsd, String sellUsd, String buyUsd, String afterUsd, String afterPct,
                            String status) {
    }

    /** One trade. */
    public record ActionLine(String group, String symbol, String action, String usd, String estQuantity,
                             String priceUsed, String priceSource, String priceTime, String location,
                             String locationKind, String execKind, String execHint, String reason,
                             String groupCurrentPct, String groupTargetPct, String groupDriftPp,
                             String groupTradeUsd, String coinTradeUsd, boolean priceStale) {
    }

    /** One thing not traded. */
    public record SkippedLine(String group, String symbol, String location, String usd, String reason, String detail) {
    }

    public static PlanReport of(PlanResult result) {
        RebalancePlan plan = result.plan();
        UsdAmount invested = plan.total().plus(plan.cash()).minus(plan.unallocated());
        List<GroupLine> groups = plan.groups().stream().map(g -> groupLine(g, invested)).toList();
        ActionLines lines = new ActionLines(result.stalePrices());
        List<ActionLine> actions = plan.actions().stream().map(lines::of).toList();
        List<SkippedLine> skipped = plan.skipped().stream().map(PlanReport::skippedLine).toList();
        return new PlanReport(plan.options().mode().code(), result.pricing(), Options.of(plan.options()),
                new Totals(Amounts.usd(plan.total()), Amounts.usd(plan.cash()), Amounts.usd(plan.sellTotal()),
                        Amounts.usd(plan.buyTotal()), Amounts.usd(plan.unallocated())),
                warnings(result), groups, actions, lines.rounding(), skipped, plan.unknownAliases().stream().map(UnknownAliasLine::of).toList(),
                Amounts.usd(plan.unallocated()), result.imports().stream().map(ImportSummary::of).toList());
    }

    /** What to know about the prices first, then about the plan. */
    private static List<String> warnings(PlanResult result) {
        if (result.priceWarnings().isEmpty()) {
            return result.plan().warnings();
        }
        List<String> all = new java.util.ArrayList<>(result.priceWarnings());
        all.addAll(result.plan().warnings());
        return all;
    }

    private static GroupLine groupLine(GroupPlan group, UsdAmount invested) {
        return new GroupLine(group.group().name(), Amounts.usd(group.current()), Amounts.percent(group.drift().current()),
                Amounts.percent(group.targetPercent()), Amounts.usd(group.target()), Amounts.usd(group.delta()),
                Amounts.usd(group.sold()), Amounts.usd(group.bought()), Amounts.usd(group.after()),
                Amounts.percent(Weight.of(group.after(), invested)), group.status().code());
    }

    private static SkippedLine skippedLine(SkippedItem item) {
        return new SkippedLine(item.group().name(), item.coin() == null ? null : item.coin().symbol(),
                item.location() == null ? null : item.location().name(), Amounts.usd(item.usd()),
                item.reason().code(), item.detail());
    }
}
