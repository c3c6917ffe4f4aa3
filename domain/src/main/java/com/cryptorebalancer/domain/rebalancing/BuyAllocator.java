package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns "buy X USD of this group" into buys per coin, each at one exchange.
 *
 * <p>Which coins: the group's primary coins by weight when it names some; otherwise the coins it holds,
 * in proportion to their value; otherwise the group's default coin (BTC for BTC...). Coins without a
 * price cannot be bought (never priced at zero): they are reported and their part goes to the others.
 * A coin whose part would be below the minimum trade is left out and its part spread over the rest.
 *
 * <p>Where: an exchange spot account already holding the coin, else the group's main exchange, else
 * the portfolio's main exchange.
 */
final class BuyAllocator {

    static final String ROUNDING = "usd in cents, rounded so the group's buys add up to its amount; quantity = usd / price, rounded down to "
            + Decimals.QUANTITY_SCALE + " decimals";

    private final BigDecimal minTrade;
    private final PriceBook prices;
    private final Books books;
    private final Taxonomy taxonomy;
    private final SubAllocation subAllocation;
    private final PlanLedger ledger;

    BuyAllocator(BigDecimal minTrade, PriceBook prices, Books books, Taxonomy taxonomy, SubAllocation subAllocation,
                 PlanLedger ledger) {
        this.minTrade = minTrade;
        this.prices = prices;
        this.books = books;
        this.taxonomy = taxonomy;
        this.subAllocation = subAllocation;
        this.ledger = ledger;
    }

    /** Which coins the group's buys would go to; no side effects. */
    BuyCandidates candidates(GroupBook group) {
        return BuyCandidates.of(group, subAllocation, taxonomy, prices);
    }

    /** Buys {@code amount} (whole cents) of the group from its candidates; returns the USD actually proposed. */
    BigDecimal buy(GroupBook group, BuyCandidates candidates, BigDecimal amount, GroupDrift drift) {
        List<BuyCandidates.Candidate> chosen = concentrate(candidates.priced(), amount);
        BigDecimal weights = BigDecimal.ZERO;
        for (BuyCandidates.Candidate candidate : chosen) {
            weights = weights.add(candidate.weight());
        }
        List<BigDecimal> exact = new ArrayList<>(chosen.size());
        for (BuyCandidates.Candidate candidate : chosen) {
            exact.add(amount.multiply(candidate.weight()).divide(weights, Decimals.MC));
        }
        // the coins' buys add up to the group's amount exactly, not a cent less per coin
        List<BigDecimal> usd = CentRounding.toCents(exact, java.util.Collections.nCopies(exact.size(), amount), amount);
        BigDecimal bought = BigDecimal.ZERO;
        for (int i = 0; i < chosen.size(); i++) {
            bought = bought.add(propose(group, amount, drift, chosen.get(i), usd.get(i)));
        }
        return bought;
    }

    private BigDecimal propose(GroupBook group, BigDecimal amount, GroupDrift drift, BuyCandidates.Candidate candidate, BigDecimal usd) {
        Rationale why = new Rationale(drift, new UsdAmount(amount), new UsdAmount(usd));
        BigDecimal quantity = candidate.price().quantityFor(new UsdAmount(usd), RoundingMode.DOWN);
        if (usd.compareTo(minTrade) < 0 || usd.signum() <= 0 || quantity.signum() <= 0) {
            ledger.skip(group.group, candidate.coin(), null, usd, SkipReason.BELOW_MIN_TRADE,
                    candidate.coin() + "'s part rounds below the minimum trade");
            return BigDecimal.ZERO;
        }
        Location location = location(candidate.coin(), group);
        ledger.actions.add(new TradeAction(group.group, candidate.coin(), Side.BUY, new UsdAmount(usd), quantity,
                candidate.price(), location, hint(candidate.coin(), group, location), why, ROUNDING));
        return usd;
    }

    /** Largest weight first; the smallest are dropped while their part is below the minimum trade. */
    private List<BuyCandidates.Candidate> concentrate(List<BuyCandidates.Candidate> candidates, BigDecimal amount) {
        List<BuyCandidates.Candidate> kept = new ArrayList<>(candidates);
        kept.sort((a, b) -> {
            int byWeight = b.weight().compareTo(a.weight());
            return byWeight != 0 ? byWeight : a.coin().compareTo(b.coin());
        });
        BigDecimal weights = BigDecimal.ZERO;
        for (BuyCandidates.Candidate candidate : kept) {
            weights = weights.add(candidate.weight());
        }
        while (kept.size() > 1) {
            BuyCandidates.Candidate smallest = kept.get(kept.size() - 1);
            if (amount.multiply(smallest.weight()).divide(weights, Decimals.MC).compareTo(minTrade) >= 0) {
                break;
            }
            kept.remove(kept.size() - 1);
            weights = weights.subtract(smallest.weight());
        }
        return kept;
    }

    private Location location(Asset coin, GroupBook group) {
        return books.spotHolding(coin).or(() -> books.mainExchange(group.group)).or(books::mainExchange).orElse(null);
    }

    private ExecHint hint(Asset coin, GroupBook group, Location location) {
        String name = group.group.name();
        if (location == null) {
            return new ExecHint(ExecHint.Kind.BUY_ANYWHERE, coin, null, false, name);
        }
        if (books.spotHolding(coin).filter(location::equals).isPresent()) {
            return new ExecHint(ExecHint.Kind.BUY_WHERE_HELD, coin, location, false, name);
        }
        if (books.mainExchange(group.group).filter(location::equals).isPresent()) {
            return new ExecHint(ExecHint.Kind.BUY_ON_GROUP_EXCHANGE, coin, location, false, name);
        }
        return new ExecHint(ExecHint.Kind.BUY_ON_MAIN_EXCHANGE, coin, location, false, name);
    }
}
