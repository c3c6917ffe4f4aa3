package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns "sell X USD of this group" into sells per coin and location, never more than a location holds
 * and never a piece smaller than the minimum trade.
 *
 * <ol>
 *   <li>Coins sell in proportion to their value, so the group's mix is kept; a coin whose part would be
 *       below the minimum trade is left out when the other coins can cover the amount.</li>
 *   <li>Each coin sells its part from its slots in sell order (exchange spot, earn, wallets, hardware;
 *       larger first), skipping slots too small to trade. A sell takes all of a slot or leaves at least
 *       min_usd in it: it never turns what remains into dust.</li>
 *   <li>Whatever that could not place (a remainder too small for the next slot) is topped up, coin by
 *       coin, onto sells already proposed, or onto new pieces of at least the minimum trade, so that the
 *       group sells exactly its amount whenever its holdings allow it.</li>
 *   <li>What still cannot be placed is reported as skipped.</li>
 * </ol>
 */
final class SellAllocator {

    static final String ROUNDING = "usd in cents, rounded so the group's sells add up to its amount; quantity in "
            + "proportion to the holding (its value over its quantity, which may differ from the coin's price by the "
            + "source's rounding), rounded down to " + Decimals.QUANTITY_SCALE + " decimals; all of it when the whole "
            + "holding is sold";

    private static final Comparator<Slot> IN_GROUP_ORDER = Comparator.comparingInt((Slot s) -> s.coinRank)
            .thenComparingInt(s -> s.rank);

    /** Less than half a cent left over is what exact division leaves behind: nothing to place. */
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private final BigDecimal minTrade;
    private final BigDecimal minUsd;
    private final PriceBook prices;
    private final PlanLedger ledger;
    private final Map<Location, ExecHint.Kind> hintKinds = new HashMap<>();

    SellAllocator(BigDecimal minTrade, BigDecimal minUsd, PriceBook prices, PlanLedger ledger) {
        this.minTrade = minTrade;
        this.minUsd = minUsd;
        this.prices = prices;
        this.ledger = ledger;
    }

    /** Sells {@code amount} of the group; returns the USD actually proposed. */
    BigDecimal sell(GroupBook group, BigDecimal amount, GroupDrift drift) {
        group.inSellOrder();
        List<Slot> pieces = new ArrayList<>();
        List<CoinBook> coins = concentrate(group.coins, amount);
        BigDecimal kept = sumValues(coins);
        BigDecimal placed = BigDecimal.ZERO;
        for (CoinBook coin : coins) {
            placed = placed.add(placeInOrder(coin, amount.multiply(coin.value).divide(kept, Decimals.MC).min(coin.value), pieces));
        }
        BigDecimal left = amount.subtract(placed);
        if (left.compareTo(HALF_CENT) >= 0) {
            BigDecimal unplaced = topUp(group.coins, left, pieces);
            placed = amount.subtract(unplaced);
            reportUnplaced(group, unplaced);
        } else {
            placed = amount; // what is left is the residue of 16-digit divisions: the pieces are the whole amount
        }
        return propose(group, amount, drift, pieces, placed);
    }

    private void reportUnplaced(GroupBook group, BigDecimal unplaced) {
        if (Decimals.cents(unplaced).signum() > 0) {
            ledger.skip(group.group, null, null, unplaced, SkipReason.BELOW_MIN_TRADE, Decimals.cents(unplaced).toPlainString()
                    + " USD of " + group.group + " cannot be sold in pieces of at least "
                    + Decimals.cents(minTrade).toPlainString() + " USD at any location");
        }
    }

    /** Coins largest first; the smallest are dropped while their part is below the minimum and the rest can cover. */
    private List<CoinBook> concentrate(List<CoinBook> coins, BigDecimal amount) {
        List<CoinBook> kept = new ArrayList<>(coins);
        BigDecimal keptValue = sumValues(kept);
        while (kept.size() > 1) {
            CoinBook smallest = kept.get(kept.size() - 1);
            BigDecimal part = amount.multiply(smallest.value).divide(keptValue, Decimals.MC);
            BigDecimal rest = keptValue.subtract(smallest.value);
            if (part.compareTo(minTrade) >= 0 || rest.compareTo(amount) < 0) {
                break;
            }
            kept.remove(kept.size() - 1);
            keptValue = rest;
        }
        return kept;
    }

    /** Places a coin's part on its slots in sell order, as far as pieces of at least the minimum allow; returns what it placed. */
    private BigDecimal placeInOrder(CoinBook coin, BigDecimal part, List<Slot> pieces) {
        BigDecimal remaining = part;
        for (Slot slot : coin.slots) {
            if (remaining.compareTo(minTrade) < 0 || remaining.signum() <= 0) {
                break;
            }
            if (slot.value.compareTo(minTrade) < 0) {
                continue; // too small to sell on its own: it stays where it is
            }
            BigDecimal take = takeable(slot, BigDecimal.ZERO, remaining);
            if (take.compareTo(minTrade) < 0 || take.signum() <= 0) {
                continue;
            }
            slot.piece = take;
            pieces.add(slot);
            remaining = remaining.subtract(take);
        }
        return part.subtract(remaining);
    }

    /**
     * Places what is left on the group's slots, largest coin first: any amount onto a slot already
     * selling, or a new piece of at least the minimum trade. Returns what could not be placed.
     */
    private BigDecimal topUp(List<CoinBook> coins, BigDecimal left, List<Slot> pieces) {
        for (int pass = 0; pass < 2 && left.signum() > 0; pass++) {
            boolean onlyExisting = pass == 0; // first grow existing sells, then open new ones
            for (CoinBook coin : coins) {
                for (Slot slot : coin.slots) {
                    if (left.signum() <= 0) {
                        return BigDecimal.ZERO;
                    }
                    BigDecimal existing = slot.piece;
                    if ((existing == null) == onlyExisting) {
                        continue;
                    }
                    BigDecimal take = takeable(slot, existing == null ? BigDecimal.ZERO : existing, left);
                    if (take.signum() <= 0 || (existing == null && take.compareTo(minTrade) < 0)) {
                        continue;
                    }
                    if (existing == null) {
                        pieces.add(slot);
                    }
                    slot.piece = existing == null ? take : existing.add(take);
                    left = left.subtract(take);
                }
            }
        }
        return left.max(BigDecimal.ZERO);
    }

    /**
     * The most that can be taken from a slot when {@code want} is wanted and {@code taken} is already
     * taken: all that is left, or as much as leaves at least min_usd behind, so that a sell never turns
     * what remains into dust.
     */
    private BigDecimal takeable(Slot slot, BigDecimal taken, BigDecimal want) {
        BigDecimal room = slot.value.subtract(taken);
        if (want.compareTo(room) >= 0) {
            return room;
        }
        return want.min(room.subtract(minUsd)).max(BigDecimal.ZERO);
    }

    private BigDecimal propose(GroupBook group, BigDecimal amount, GroupDrift drift, List<Slot> pieces, BigDecimal placed) {
        // in the group's order: coins largest first, each coin's slots in sell order
        pieces.sort(IN_GROUP_ORDER);
        List<BigDecimal> exact = new ArrayList<>(pieces.size());
        List<BigDecimal> caps = new ArrayList<>(pieces.size());
        for (Slot slot : pieces) {
            exact.add(slot.piece);
            // rounding up a partial sell must not leave less than min_usd behind either
            caps.add(slot.piece.compareTo(slot.value) == 0 ? slot.value : slot.value.subtract(minUsd));
            CoinBook coin = group.coins.get(slot.coinRank);
            coin.sold = coin.sold.add(slot.piece);
        }
        // the group's sells add up to what was placed rounded down to the cent, not a cent less per trade
        List<BigDecimal> usd = CentRounding.toCents(exact, caps, Decimals.centsDown(placed));
        UsdAmount groupAmount = new UsdAmount(amount);
        BigDecimal sold = BigDecimal.ZERO;
        Rationale why = null;
        for (int i = 0; i < pieces.size(); i++) {
            Slot slot = pieces.get(i);
            if (i == 0 || slot.coinRank != pieces.get(i - 1).coinRank) {
                why = new Rationale(drift, groupAmount, new UsdAmount(group.coins.get(slot.coinRank).sold));
            }
            sold = sold.add(proposePiece(group, slot, usd.get(i), why));
        }
        return sold;
    }

    private BigDecimal proposePiece(GroupBook group, Slot slot, BigDecimal usd, Rationale why) {
        boolean whole = slot.piece.compareTo(slot.value) == 0;
        BigDecimal quantity = whole ? slot.quantity
                : Decimals.quantity(slot.quantity.multiply(usd), slot.value, RoundingMode.DOWN);
        if (usd.compareTo(minTrade) < 0 || usd.signum() <= 0 || quantity.signum() <= 0) {
            ledger.skip(group.group, slot.coin, slot.location, slot.piece, SkipReason.BELOW_MIN_TRADE,
                    "this sell rounds to " + usd.toPlainString() + " USD, below the minimum trade");
            return BigDecimal.ZERO;
        }
        ExecHint.Kind kind = hintKinds.computeIfAbsent(slot.location, ExecHint::sellKind);
        ledger.actions.add(new TradeAction(group.group, slot.coin, Side.SELL, new UsdAmount(usd), quantity, price(slot),
                slot.location, new ExecHint(kind, slot.coin, slot.location, whole, null), why, ROUNDING));
        return usd;
    }

    /** The coin's price in the plan's price book: one price per coin, with its source and time. */
    private Price price(Slot slot) {
        return prices.priceOf(slot.coin).orElseGet(slot::price);
    }

    private static BigDecimal sumValues(List<CoinBook> coins) {
        BigDecimal total = BigDecimal.ZERO;
        for (CoinBook coin : coins) {
            total = total.add(coin.value);
        }
        return total;
    }
}
