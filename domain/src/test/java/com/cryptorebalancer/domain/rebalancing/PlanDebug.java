package com.cryptorebalancer.domain.rebalancing;

/** One-line descriptions of plan parts, for readable failure messages. */
final class PlanDebug {

    private PlanDebug() {
    }

    static String brief(TradeAction a) {
        return a.side().code() + " " + a.usd().toCentsString() + " " + a.coin() + " @" + (a.location() == null ? "-" : a.location().name())
                + " [" + a.group() + "]";
    }

    static String brief(SkippedItem s) {
        return s.reason().code() + " " + s.usd().toCentsString() + " " + s.group() + "/" + s.coin() + "@"
                + (s.location() == null ? "-" : s.location().name()) + ": " + s.detail();
    }

    static String brief(GroupPlan g) {
        return g.group() + " cur=" + g.current().toCentsString() + " tgt=" + g.target().toCentsString() + " sold=" + g.sold().toCentsString()
                + " bought=" + g.bought().toCentsString() + " " + g.status();
    }

    static String describe(RebalancePlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("total=").append(plan.total().toCentsString()).append(" cash=").append(plan.cash().toCentsString())
                .append(" sells=").append(plan.sellTotal().toCentsString()).append(" buys=").append(plan.buyTotal().toCentsString())
                .append(" unallocated=").append(plan.unallocated().toCentsString()).append('\n');
        plan.groups().forEach(g -> out.append("  G ").append(brief(g)).append('\n'));
        plan.actions().forEach(a -> out.append("  A ").append(brief(a)).append('\n'));
        plan.skipped().stream().filter(s -> s.location() == null).forEach(s -> out.append("  S ").append(brief(s)).append('\n'));
        return out.toString();
    }
}
