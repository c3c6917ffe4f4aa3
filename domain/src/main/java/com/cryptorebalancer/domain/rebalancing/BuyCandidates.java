package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coins a group's buys would go to: its primary coins by weight when it names some; otherwise the
 * coins it holds, in proportion to their value; otherwise its default coin. Coins without a price are
 * kept apart: they cannot be bought (a price is never taken as zero).
 */
final class BuyCandidates {

    /** A coin to buy and its relative weight within the group's buy. */
    record Candidate(Asset coin, BigDecimal weight, Price price) {
    }

    private final List<Candidate> priced = new ArrayList<>();
    private final List<Asset> unpriced = new ArrayList<>();
    private final String role;

    private BuyCandidates(String role) {
        this.role = role;
    }

    static BuyCandidates of(GroupBook group, SubAllocation subAllocation, Taxonomy taxonomy, PriceBook prices) {
        Optional<List<PrimaryCoin>> primaries = subAllocation.primaries(group.group);
        if (primaries.isPresent()) {
            BuyCandidates candidates = new BuyCandidates("primary coin");
            primaries.get().forEach(p -> candidates.add(p.coin(), p.weight(), prices));
            return candidates;
        }
        if (!group.coins.isEmpty()) {
            BuyCandidates candidates = new BuyCandidates("held coin");
            group.coins.forEach(c -> candidates.add(c.coin, c.value, prices));
            return candidates;
        }
        BuyCandidates candidates = new BuyCandidates("default coin of the group");
        taxonomy.defaultCoin(group.group).ifPresent(coin -> candidates.add(coin, BigDecimal.ONE, prices));
        return candidates;
    }

    private void add(Asset coin, BigDecimal weight, PriceBook prices) {
        Optional<Price> price = prices.priceOf(coin);
        if (price.isPresent()) {
            priced.add(new Candidate(coin, weight, price.get()));
        } else {
            unpriced.add(coin);
        }
    }

    boolean isEmpty() {
        return priced.isEmpty();
    }

    List<Candidate> priced() {
        return priced;
    }

    /** Reports the coins left out for want of a price, and, when none is left, the group's whole amount. */
    void reportUnbuyable(GroupBook group, BigDecimal amount, PlanLedger ledger) {
        for (Asset coin : unpriced) {
            ledger.skip(group.group, coin, null, BigDecimal.ZERO, SkipReason.NO_PRICE, role + " " + coin
                    + " has no price" + (isEmpty() ? "" : ": its part goes to the group's other coins"));
        }
        if (!isEmpty()) {
            return;
        }
        if (unpriced.isEmpty()) {
            ledger.skip(group.group, null, null, amount, SkipReason.NO_COIN_TO_BUY, group.group
                    + " holds no coin and names no primary coin: name one (primary coins) or buy by hand");
        } else {
            ledger.skip(group.group, null, null, amount, SkipReason.NO_PRICE,
                    "no coin of " + group.group + " that could be bought has a price");
        }
    }
}
