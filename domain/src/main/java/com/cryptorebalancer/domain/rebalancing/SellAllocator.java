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
    private final SellPlacement placement;
    private final PriceBook prices;
    private final PlanLedger ledger;
    private final Map<Location, ExecHint.Kind> hintKinds = new HashMap<>();

    SellAllocator(BigDecimal minTrade, BigDecimal minUsd, PriceBook prices, PlanLedger ledger) {
        this.minTrade = minTrade;
        this.minUsd = minUsd;
        this.placement = new SellPlacement(minTrade, minUsd);
        this.prices = prices;
        this.ledger = ledger;
    }

    /** Sells {@code amount} of the group; returns the USD actually proposed. */
    BigDecimal sell(GroupBook group, BigDecimal amount, GroupDrift drift) {
        List<Slot> pieces = new ArrayList<>();
        List<CoinBook> coins = placement.concentrate(group.coins, amount); // the largest coins: a prefix of the group's
        BigDecimal kept = SellPlacement.sumValues(coins);
        BigDecimal placed = BigDecimal.ZERO;
        for (int rank = 0; rank < coins.size(); rank++) {
            CoinBook coin = group.inSellOrder(rank);
            BigDecimal part = amount.multiply(coin.value).divide(kept, Decimals.MC).min(coin.value);
            placed = placed.add(placement.placeInOrder(coin, part, pieces));
        }
        BigDecimal left = amount.subtract(placed);
        if (left.compareTo(HALF_CENT) >= 0) {
            BigDecimal unplaced = placement.topUp(group, left, pieces);
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
        ledger.actions.add(new TradeAction(group.group, slot.coin, Side.SELL, new UsdAmount(usd), quantity, price(group, slot),
                slot.location, new ExecHint(kind, slot.coin, slot.location, whole, null), why, ROUNDING));
        return usd;
    }

    /** The coin's price in the plan's price book: one price per coin, with its source and time. */
    private Price price(GroupBook group, Slot slot) {
        CoinBook coin = group.coins.get(slot.coinRank);
        if (coin.price == null) {
            coin.price = prices.priceOf(slot.coin).orElse(null);
        }
        return coin.price != null ? coin.price : slot.price();
    }
}
