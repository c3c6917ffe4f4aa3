package com.cryptorebalancer.application.report;

import com.cryptorebalancer.domain.money.Asset;
import java.util.Set;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.rebalancing.GroupDrift;
import com.cryptorebalancer.domain.rebalancing.Rationale;
import com.cryptorebalancer.domain.rebalancing.TradeAction;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps trades to report lines. Many trades share their group's drift, their coin's rationale and price:
 * those parts are formatted once per shared value, not once per trade (a large plan has tens of thousands).
 */
final class ActionLines {

    private final Map<GroupDrift, String[]> drifts = new IdentityHashMap<>();
    private final Map<Rationale, String[]> rationales = new IdentityHashMap<>();
    private final Map<Price, String[]> prices = new IdentityHashMap<>();
    private final Map<String, String> rounding = new TreeMap<>();
    private final Set<Asset> stalePrices;

    /** @param stalePrices the coins whose price is stale: their trades say so */
    ActionLines(Set<Asset> stalePrices) {
        this.stalePrices = stalePrices;
    }

    PlanReport.ActionLine of(TradeAction action) {
        String[] drift = drifts.computeIfAbsent(action.drift(), d -> new String[] {
            Amounts.percent(d.current()), Amounts.percent(d.target()), d.driftPoints().toPlainString()});
        String[] why = rationales.computeIfAbsent(action.rationale(), r -> new String[] {
            action.reason(), Amounts.usd(r.groupAmount()), Amounts.usd(r.coinPart())});
        String[] price = prices.computeIfAbsent(action.price(), p -> new String[] {
            Amounts.exact(p.usd()), p.source().name(), p.asOf().toString()});
        rounding.putIfAbsent(action.side().code(), action.rounding());
        return new PlanReport.ActionLine(action.group().name(), action.coin().symbol(), action.side().code(),
                Amounts.usd(action.usd()), Amounts.exact(action.estQuantity()), price[0], price[1], price[2],
                action.location() == null ? null : action.location().name(),
                action.location() == null ? null : action.location().kind().code(), action.hint().kind().code(),
                action.execHint(), why[0], drift[0], drift[1], drift[2], why[1], why[2],
                stalePrices.contains(action.coin()));
    }

    /** The rounding rule of each kind of action seen, by kind. */
    Map<String, String> rounding() {
        return rounding;
    }
}
