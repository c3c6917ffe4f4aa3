package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns "sell X USD of this group" into sells per coin and location.
 *
 * <p>Coins sell in proportion to their value, so the group's mix is kept; a coin whose share would be
 * below the minimum trade is left out when the other coins can cover the amount. Each coin sells from
 * its slots in sell order (exchange spot, earn, wallets, hardware; larger first), never more than a
 * slot holds, skipping slots too small to trade; what cannot be sold in pieces of at least the minimum
 * trade is reported as skipped.
 */
final class SellAllocator {

    static final String ROUNDING = "usd rounded down to cents; quantity in proportion to the holding, rounded down to "
            + Decimals.QUANTITY_SCALE + " decimals (all of it when the whole holding is sold)";

    private final BigDecimal minTrade;
    private final PlanLedger ledger;

    SellAllocator(BigDecimal minTrade, PlanLedger ledger) {
        this.minTrade = minTrade;
        this.ledger = ledger;
    }

    /** Sells {@code amount} of the group; returns the USD actually proposed. */
    BigDecimal sell(GroupBook group, BigDecimal amount, GroupDrift drift) {
        List<CoinBook> coins = concentrate(group.coins, amount);
        BigDecimal kept = BigDecimal.ZERO;
        for (CoinBook coin : coins) {
            kept = kept.add(coin.value);
        }
        BigDecimal sold = BigDecimal.ZERO;
        for (CoinBook coin : coins) {
            BigDecimal share = amount.multiply(coin.value).divide(kept, Decimals.MC).min(coin.value);
            String why = group.group + " is " + drift.current().toPercent().toPlainString() + " % against a target of "
                    + drift.target().toPercent().toPlainString() + " %: sell " + Decimals.cents(amount).toPlainString()
                    + " USD of the group, " + coin.coin + "'s part " + Decimals.cents(share).toPlainString() + " USD";
            sold = sold.add(sellCoin(group, coin, share, drift, why));
        }
        return sold;
    }

    /** Coins largest first; the smallest are dropped while their share is below the minimum and the rest can cover. */
    private List<CoinBook> concentrate(List<CoinBook> coins, BigDecimal amount) {
        List<CoinBook> kept = new ArrayList<>(coins);
        BigDecimal keptValue = BigDecimal.ZERO;
        for (CoinBook coin : kept) {
            keptValue = keptValue.add(coin.value);
        }
        while (kept.size() > 1) {
            CoinBook smallest = kept.get(kept.size() - 1);
            BigDecimal share = amount.multiply(smallest.value).divide(keptValue, Decimals.MC);
            BigDecimal rest = keptValue.subtract(smallest.value);
            if (share.compareTo(minTrade) >= 0 || rest.compareTo(amount) < 0) {
                break;
            }
            kept.remove(kept.size() - 1);
            keptValue = rest;
        }
        return kept;
    }

    private BigDecimal sellCoin(GroupBook group, CoinBook coin, BigDecimal share, GroupDrift drift, String why) {
        List<Slot> slots = coin.slots;
        BigDecimal[] pieces = new BigDecimal[slots.size()];
        BigDecimal remaining = share;
        for (int i = 0; i < slots.size() && remaining.signum() > 0 && remaining.compareTo(minTrade) >= 0; i++) {
            Slot slot = slots.get(i);
            if (slot.value.compareTo(minTrade) < 0) {
                continue; // too small to sell on its own: it stays where it is
            }
            BigDecimal take = remaining.min(slot.value);
            BigDecimal left = remaining.subtract(take);
            if (left.signum() > 0 && left.compareTo(minTrade) < 0) {
                // what would be left is too small to sell: take less here so the next slot sells exactly the minimum
                BigDecimal reduced = take.subtract(minTrade.subtract(left));
                if (reduced.compareTo(minTrade) >= 0 && laterSlotCanTakeMinimum(slots, i)) {
                    take = reduced;
                }
            }
            pieces[i] = take;
            remaining = remaining.subtract(take);
        }
        BigDecimal sold = BigDecimal.ZERO;
        for (int i = 0; i < slots.size(); i++) {
            if (pieces[i] != null) {
                sold = sold.add(propose(group, coin, slots.get(i), pieces[i], drift, why));
            }
        }
        BigDecimal unsold = share.subtract(sold);
        if (Decimals.cents(unsold).signum() > 0) {
            ledger.skip(group.group, coin.coin, null, unsold, SkipReason.BELOW_MIN_TRADE,
                    "the rest of " + coin.coin + "'s part cannot be sold in pieces of at least "
                            + Decimals.cents(minTrade).toPlainString() + " USD at any location");
        }
        return sold;
    }

    private boolean laterSlotCanTakeMinimum(List<Slot> slots, int index) {
        for (int j = index + 1; j < slots.size(); j++) {
            if (slots.get(j).value.compareTo(minTrade) >= 0) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal propose(GroupBook group, CoinBook coin, Slot slot, BigDecimal piece, GroupDrift drift, String why) {
        boolean whole = piece.compareTo(slot.value) == 0;
        BigDecimal usd = Decimals.centsDown(piece);
        BigDecimal quantity = whole ? slot.quantity
                : slot.quantity.multiply(usd).divide(slot.value, Decimals.MC).setScale(Decimals.QUANTITY_SCALE, RoundingMode.DOWN);
        if (usd.compareTo(minTrade) < 0 || usd.signum() <= 0 || quantity.signum() <= 0) {
            return BigDecimal.ZERO; // rounding took it below the minimum; the caller reports the rest as skipped
        }
        ledger.actions.add(new TradeAction(group.group, coin.coin, Side.SELL, new UsdAmount(usd), quantity, slot.price(),
                slot.location, ExecHints.sell(slot.location, coin.coin, whole), why, drift, ROUNDING));
        return usd;
    }
}
