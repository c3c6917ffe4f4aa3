package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a group's sell is taken from: which coins (in proportion to their value, leaving out those
 * whose part would be below the minimum trade when the others can cover), and which slots (in sell
 * order, never more than a slot holds, never leaving dust, pieces of at least the minimum trade; what
 * remains topped up onto sells already placed). Records each slot's piece on the slot.
 */
final class SellPlacement {

    private final BigDecimal minTrade;
    private final BigDecimal minUsd;

    SellPlacement(BigDecimal minTrade, BigDecimal minUsd) {
        this.minTrade = minTrade;
        this.minUsd = minUsd;
    }

    /** Coins largest first; the smallest are dropped while their part is below the minimum and the rest can cover. */
    List<CoinBook> concentrate(List<CoinBook> coins, BigDecimal amount) {
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
    BigDecimal placeInOrder(CoinBook coin, BigDecimal part, List<Slot> pieces) {
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
    BigDecimal topUp(GroupBook group, BigDecimal left, List<Slot> pieces) {
        for (int pass = 0; pass < 2 && left.signum() > 0; pass++) {
            boolean onlyExisting = pass == 0; // first grow existing sells, then open new ones
            for (int rank = 0; rank < group.coins.size(); rank++) {
                for (Slot slot : group.inSellOrder(rank).slots) {
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

    static BigDecimal sumValues(List<CoinBook> coins) {
        BigDecimal total = BigDecimal.ZERO;
        for (CoinBook coin : coins) {
            total = total.add(coin.value);
        }
        return total;
    }
}
