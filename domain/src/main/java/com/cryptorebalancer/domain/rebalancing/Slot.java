package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/**
 * One coin at one location: every eligible holding of that coin there, merged (a coin may arrive
 * under two tickers, SOL and SOL2, or from two files). The unit of a sell.
 */
final class Slot {

    /**
     * Sell order: exchange spot (its futures, margin and funding accounts after its spot accounts, since
     * their coins need a transfer first), earn, wallets, hardware, ...; larger holdings first within a kind;
     * then by location key, so that the order never depends on the order of the rows. Compares the value
     * as a double first (a correctly rounded double never orders two values the wrong way round) and
     * only equal doubles as decimals: the sort of every selling coin's slots is the planner's hottest loop.
     * Call {@link #readyToSort()} on every slot first.
     */
    static final Comparator<Slot> SELL_ORDER = (a, b) -> {
        int order = Integer.compare(a.sellRank, b.sellRank);
        if (order == 0) {
            order = Double.compare(b.sortValue, a.sortValue);
        }
        if (order == 0) {
            order = b.value.compareTo(a.value);
        }
        return order != 0 ? order : a.location.key().compareTo(b.location.key());
    };

    final Asset coin;
    final Location location;
    /** The location's place in the sell order, a sub-account just after its kind's other accounts. */
    private final int sellRank;
    /** The value as a double, for {@link #SELL_ORDER}; set by {@link #readyToSort()} once the value is final. */
    private double sortValue;
    BigDecimal value;
    BigDecimal quantity;
    /** What this plan sells here, when it sells here (a slot lives for one plan). */
    BigDecimal piece;
    /** Where this slot comes in the group's sell order: its coin's rank, then its own rank within the coin. */
    int coinRank;
    int rank;
    private PriceSource source;
    private Instant pricedAt;
    private Price price;

    Slot(Asset coin, Location location, BigDecimal value, BigDecimal quantity, PriceSource source, Instant pricedAt) {
        this.coin = coin;
        this.location = location;
        this.sellRank = 2 * location.kind().sellRank() + (location.isSubAccount() ? 1 : 0);
        this.value = value;
        this.quantity = quantity;
        this.source = source;
        this.pricedAt = pricedAt;
    }

    /** Merges another holding of the same coin at the same place; the latest valuation names the source. */
    void add(BigDecimal moreValue, BigDecimal moreQuantity, PriceSource moreSource, Instant morePricedAt) {
        value = value.add(moreValue);
        quantity = quantity.add(moreQuantity);
        if (morePricedAt.isAfter(pricedAt)) {
            source = moreSource;
            pricedAt = morePricedAt;
        }
    }

    /** Caches what {@link #SELL_ORDER} compares, once every holding has been merged into the slot. */
    void readyToSort() {
        sortValue = value.doubleValue();
    }

    /** The price this slot is valued at: its value over its quantity, with the source and time of its valuation. */
    Price price() {
        if (price == null) {
            price = new Price(coin, value.divide(quantity, Decimals.MC), source, pricedAt);
        }
        return price;
    }
}
