package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    static final String ROUNDING = "usd rounded down to cents; quantity = usd / price, rounded down to "
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

    /** A coin to buy and its relative weight within the group's buy. */
    private record Candidate(Asset coin, BigDecimal weight, Price price) {
    }

    /** Buys {@code amount} (whole cents) of the group; returns the USD actually proposed. */
    BigDecimal buy(GroupBook group, BigDecimal amount, GroupDrift drift) {
        List<Candidate> candidates = concentrate(candidates(group, amount), amount);
        if (candidates.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal weights = BigDecimal.ZERO;
        for (Candidate candidate : candidates) {
            weights = weights.add(candidate.weight);
        }
        BigDecimal bought = BigDecimal.ZERO;
        for (Candidate candidate : candidates) {
            BigDecimal usd = Decimals.centsDown(amount.multiply(candidate.weight).divide(weights, Decimals.MC));
            String why = group.group + " is " + drift.current().toPercent().toPlainString() + " % against a target of "
                    + drift.target().toPercent().toPlainString() + " %: buy " + Decimals.cents(amount).toPlainString()
                    + " USD of the group, " + candidate.coin + "'s part " + usd.toPlainString() + " USD";
            BigDecimal quantity = candidate.price.quantityFor(new UsdAmount(usd), RoundingMode.DOWN);
            if (usd.compareTo(minTrade) < 0 || usd.signum() <= 0 || quantity.signum() <= 0) {
                ledger.skip(group.group, candidate.coin, null, usd, SkipReason.BELOW_MIN_TRADE,
                        candidate.coin + "'s part rounds below the minimum trade");
                continue;
            }
            Location location = location(candidate.coin, group);
            ledger.actions.add(new TradeAction(group.group, candidate.coin, Side.BUY, new UsdAmount(usd), quantity,
                    candidate.price, location, hint(candidate.coin, group, location), why, drift, ROUNDING));
            bought = bought.add(usd);
        }
        return bought;
    }

    private List<Candidate> candidates(GroupBook group, BigDecimal amount) {
        List<Candidate> priced = new ArrayList<>();
        Optional<List<PrimaryCoin>> primaries = subAllocation.primaries(group.group);
        if (primaries.isPresent()) {
            for (PrimaryCoin primary : primaries.get()) {
                addIfPriced(priced, group, primary.coin(), primary.weight(), "primary coin");
            }
        } else if (!group.coins.isEmpty()) {
            for (CoinBook coin : group.coins) {
                addIfPriced(priced, group, coin.coin, coin.value, "held coin");
            }
        } else {
            Optional<Asset> fallback = taxonomy.defaultCoin(group.group);
            if (fallback.isEmpty()) {
                ledger.skip(group.group, null, null, amount, SkipReason.NO_COIN_TO_BUY, group.group
                        + " holds no coin and names no primary coin: name one (primary coins) or buy by hand");
                return priced;
            }
            addIfPriced(priced, group, fallback.get(), BigDecimal.ONE, "default coin of the group");
        }
        if (priced.isEmpty()) {
            ledger.skip(group.group, null, null, amount, SkipReason.NO_PRICE,
                    "no coin of " + group.group + " that could be bought has a price");
        }
        return priced;
    }

    private void addIfPriced(List<Candidate> into, GroupBook group, Asset coin, BigDecimal weight, String role) {
        Optional<Price> price = prices.priceOf(coin);
        if (price.isPresent()) {
            into.add(new Candidate(coin, weight, price.get()));
        } else {
            ledger.skip(group.group, coin, null, BigDecimal.ZERO, SkipReason.NO_PRICE,
                    role + " " + coin + " has no price: its part goes to the group's other coins");
        }
    }

    /** Largest weight first; the smallest are dropped while their part is below the minimum trade. */
    private List<Candidate> concentrate(List<Candidate> candidates, BigDecimal amount) {
        List<Candidate> kept = new ArrayList<>(candidates);
        kept.sort((a, b) -> {
            int byWeight = b.weight.compareTo(a.weight);
            return byWeight != 0 ? byWeight : a.coin.compareTo(b.coin);
        });
        BigDecimal weights = BigDecimal.ZERO;
        for (Candidate candidate : kept) {
            weights = weights.add(candidate.weight);
        }
        while (kept.size() > 1) {
            Candidate smallest = kept.get(kept.size() - 1);
            if (amount.multiply(smallest.weight).divide(weights, Decimals.MC).compareTo(minTrade) >= 0) {
                break;
            }
            kept.remove(kept.size() - 1);
            weights = weights.subtract(smallest.weight);
        }
        return kept;
    }

    private Location location(Asset coin, GroupBook group) {
        return books.spotHolding(coin).or(() -> books.mainExchange(group.group)).or(books::mainExchange).orElse(null);
    }

    private String hint(Asset coin, GroupBook group, Location location) {
        if (location == null) {
            return ExecHints.buyAnywhere(coin);
        }
        if (books.spotHolding(coin).filter(location::equals).isPresent()) {
            return ExecHints.buyWhereHeld(location, coin);
        }
        if (books.mainExchange(group.group).filter(location::equals).isPresent()) {
            return ExecHints.buyOnGroupExchange(location, coin, group.group.name());
        }
        return ExecHints.buyOnPortfolioExchange(location, coin);
    }
}
