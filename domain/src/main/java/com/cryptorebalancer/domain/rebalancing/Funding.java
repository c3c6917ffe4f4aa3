package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pays for buys with what sells raise plus new cash. Groups that cannot buy anything (no coin, no
 * price) are reported and get nothing; when the money falls short of what the others need, every one
 * of their buys is scaled down by the same factor.
 */
final class Funding {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final BigDecimal minTrade;
    private final Books books;
    private final BuyAllocator buys;
    private final Map<Group, GroupDrift> drifts;
    private final PlanLedger ledger;

    Funding(BigDecimal minTrade, Books books, BuyAllocator buys, Map<Group, GroupDrift> drifts, PlanLedger ledger) {
        this.minTrade = minTrade;
        this.books = books;
        this.buys = buys;
        this.drifts = drifts;
        this.ledger = ledger;
    }

    /** Buys what {@code demand} asks, group by group, with at most {@code funds}; returns what each bought. */
    Map<Group, BigDecimal> buy(Map<Group, BigDecimal> demand, BigDecimal funds) {
        Map<Group, BuyCandidates> buyable = new LinkedHashMap<>();
        BigDecimal needed = BigDecimal.ZERO;
        for (Map.Entry<Group, BigDecimal> entry : demand.entrySet()) {
            GroupBook group = books.groups.get(entry.getKey());
            BuyCandidates candidates = buys.candidates(group);
            candidates.reportUnbuyable(group, entry.getValue(), ledger);
            if (!candidates.isEmpty()) {
                buyable.put(entry.getKey(), candidates);
                needed = needed.add(entry.getValue());
            }
        }
        boolean isShort = needed.compareTo(funds) > 0;
        // a shortfall of a cent a group is the rounding of sells to cents, not a shortage worth reporting
        boolean roundingOnly = needed.subtract(funds).compareTo(CENT.multiply(BigDecimal.valueOf(buyable.size()))) <= 0;
        Map<Group, BigDecimal> bought = new HashMap<>();
        for (Map.Entry<Group, BuyCandidates> entry : buyable.entrySet()) {
            Group group = entry.getKey();
            BigDecimal wanted = demand.get(group);
            BigDecimal funded = Decimals.centsDown(isShort ? wanted.multiply(funds).divide(needed, Decimals.MC) : wanted);
            BigDecimal missing = wanted.subtract(funded);
            if (isShort && !roundingOnly && missing.signum() > 0) {
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
}
