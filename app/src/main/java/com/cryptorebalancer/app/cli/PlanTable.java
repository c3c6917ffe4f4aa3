package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.application.report.PlanReport.ActionLine;
import com.cryptorebalancer.application.report.PlanReport.SkippedLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plan for people: header, groups, actions by location (sells first), totals, skips, unknowns, imports. */
final class PlanTable {

    /** How many of the largest skipped items each reason names. */
    private static final int LARGEST_SKIPPED = 3;

    private PlanTable() {
    }

    static String render(PlanReport plan, String inputs, String targets) {
        StringBuilder text = new StringBuilder();
        text.append(header(plan, inputs, targets)).append('\n');
        if (!plan.warnings().isEmpty()) {
            text.append("Warnings:\n");
            plan.warnings().forEach(w -> text.append("  ! ").append(w).append('\n'));
            text.append('\n');
        }
        text.append(groups(plan)).append('\n');
        text.append(actions(plan.actions())).append('\n');
        PlanReport.Totals totals = plan.totals();
        text.append("Totals: sell ").append(Cells.usd(totals.sellUsd())).append(" USD, buy ")
                .append(Cells.usd(totals.buyUsd())).append(" USD, new cash ").append(Cells.usd(totals.cashUsd()))
                .append(" USD, unallocated ").append(Cells.usd(totals.unallocatedUsd())).append(" USD\n\n");
        text.append(skipped(plan.skipped())).append('\n');
        text.append(ReportSections.unknownAliases(plan.unknownAliases())).append('\n');
        text.append(ReportSections.imports(plan.imports()));
        return text.toString();
    }

    private static String pricingInWords(String pricing, String valued) {
        return switch (pricing) {
            case "auto" -> "live prices from the sources in their order, the export's value where none answered;"
                    + " each trade says where its price came from";
            case "hybrid" -> "the export's values, valued " + valued + ", replaced by live prices where older than allowed or"
                    + " missing; each trade says where its price came from";
            default -> "each coin at the price implied by its imported value, valued " + valued;
        };
    }

    private static final Comparator<ActionLine> SELLS_FIRST = Comparator.comparing(a -> !"sell".equals(a.action()));

    private static String header(PlanReport plan, String inputs, String targets) {
        PlanReport.Options options = plan.options();
        String band = options.band() == null ? "" : ", band " + options.band().width()
                + ("pp".equals(options.band().unit()) ? " pp" : " % of target") + " back to " + options.band().to();
        String valued = plan.imports().stream().map(i -> Cells.time(i.asOf())).distinct().collect(Collectors.joining(", "));
        return "Rebalance plan (mode " + plan.mode() + ")\n"
                + "  inputs:    " + inputs + "\n"
                + "  targets:   " + targets + "\n"
                + "  pricing:   " + plan.pricing() + " (" + pricingInWords(plan.pricing(), valued) + ")\n"
                + "  options:   new cash " + Cells.usd(options.cashUsd()) + " USD, min trade " + Cells.usd(options.minTradeUsd())
                + " USD, dust below " + Cells.usd(options.minUsd()) + " USD" + band + "\n"
                + "  portfolio: " + Cells.usd(plan.totals().portfolioUsd()) + " USD\n";
    }

    private static String groups(PlanReport plan) {
        TextTable table = TextTable.of("GROUP", ">CURRENT USD", ">CURRENT %", ">TARGET %", ">TARGET USD", ">DELTA USD", "STATUS");
        plan.groups().forEach(g -> table.row(g.group(), Cells.usd(g.currentUsd()), g.currentPct(), g.targetPct(),
                Cells.usd(g.targetUsd()), Cells.usd(g.deltaUsd()), g.status().replace('_', ' ')));
        return "Groups (delta = target - current; positive means buy):\n" + table.render("  ");
    }

    /** Locations in the order the plan first uses them (the planner sells first), and in each, sells before buys. */
    private static String actions(List<ActionLine> actions) {
        if (actions.isEmpty()) {
            return "Actions: none, every group is where it should be (or its trade is too small)\n";
        }
        Map<String, List<ActionLine>> byLocation = new LinkedHashMap<>();
        for (ActionLine action : actions) {
            String where = action.location() == null ? "(no exchange account in the portfolio)"
                    : action.location() + " (" + action.locationKind() + ")";
            byLocation.computeIfAbsent(where, w -> new ArrayList<>()).add(action);
        }
        boolean pricedByExportOnly = actions.stream().allMatch(a -> "local".equals(a.priceSource()) && !a.priceStale());
        StringBuilder text = new StringBuilder("Actions by location, sells first:\n");
        byLocation.forEach((location, here) -> {
            if (pricedByExportOnly) {
                TextTable table = TextTable.of("SYMBOL", "ACTION", ">USD", ">EST. QUANTITY", ">PRICE USED", "EXEC HINT");
                here.stream().sorted(SELLS_FIRST).forEach(a -> table.row(a.symbol(), a.action(), Cells.usd(a.usd()),
                        a.estQuantity(), Cells.price(a.priceUsed()), a.execHint()));
                text.append("  ").append(location).append('\n').append(table.render("    "));
                return;
            }
            // live prices: each trade says which source priced it, when, and whether that price is stale
            TextTable table = TextTable.of("SYMBOL", "ACTION", ">USD", ">EST. QUANTITY", ">PRICE USED", "PRICE FROM", "EXEC HINT");
            here.stream().sorted(SELLS_FIRST).forEach(a -> table.row(a.symbol(), a.action(), Cells.usd(a.usd()),
                    a.estQuantity(), Cells.price(a.priceUsed()), priceFrom(a), a.execHint()));
            text.append("  ").append(location).append('\n').append(table.render("    "));
        });
        return text.toString();
    }

    /** "coingecko 2025-02-20 12:00", with " STALE" when the price is older than allowed or kept after its source failed. */
    private static String priceFrom(ActionLine action) {
        return action.priceSource() + " " + Cells.time(action.priceTime()) + (action.priceStale() ? " STALE" : "");
    }

    /** Per reason: how many, how much, and the largest few. */
    private static String skipped(List<SkippedLine> skipped) {
        if (skipped.isEmpty()) {
            return "Skipped: nothing\n";
        }
        Map<String, List<SkippedLine>> byReason = new LinkedHashMap<>();
        skipped.forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(s));
        TextTable table = TextTable.of("REASON", ">ITEMS", ">USD", "LARGEST");
        byReason.forEach((reason, items) -> {
            BigDecimal total = items.stream().map(s -> new BigDecimal(s.usd())).reduce(BigDecimal.ZERO, BigDecimal::add);
            String largest = items.stream().sorted(Comparator.comparing((SkippedLine s) -> new BigDecimal(s.usd()).abs()).reversed())
                    .limit(LARGEST_SKIPPED).map(PlanTable::name).collect(Collectors.joining(", "));
            table.row(reason, items.size(), Cells.usd(total.toPlainString()), largest);
        });
        return "Skipped, by reason:\n" + table.render("  ");
    }

    private static String name(SkippedLine item) {
        String what = item.symbol() == null ? item.group() : item.symbol();
        return what + (item.location() == null ? "" : " at " + item.location()) + " " + Cells.usd(item.usd());
    }
}
