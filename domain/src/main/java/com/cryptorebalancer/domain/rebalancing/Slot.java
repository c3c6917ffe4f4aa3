package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/**
 * One coin at one location: every eligible holding of that coin there, merged (a coin may arrive
 * under two tickers, SOL and SOL2, or from two files). The unit of a sell.
 */
final class Slot {

    /** Sell order: exchange spot, earn, wallets, hardware, ...; larger holdings first within a kind. */
    static final Comparator<Slot> SELL_ORDER = Comparator
            .comparingInt((Slot s) -> s.location.kind().sellRank())
            .thenComparing((Slot s) -> s.value, Comparator.reverseOrder())
            .thenComparing(s -> s.location.key());

    final Asset coin;
    final Location location;
    BigDecimal value;
    BigDecimal quantity;
    Price latestPrice;

    Slot(Asset coin, Location location, BigDecimal value, BigDecimal quantity, Price price) {
        this.coin = coin;
        this.location = location;
        this.value = value;
        this.quantity = quantity;
        this.latestPrice = price;
    }

    void add(BigDecimal moreValue, BigDecimal moreQuantity, Price price) {
        value = value.add(moreValue);
        quantity = quantity.add(moreQuantity);
        if (price.asOf().isAfter(latestPrice.asOf())) {
            latestPrice = price;
        }
    }

    /** The price this slot is valued at: its value over its quantity, with the source and time of its prices. */
    Price price() {
        Instant asOf = latestPrice.asOf();
        return new Price(coin, value.divide(quantity, Decimals.MC), latestPrice.source(), asOf);
    }
}
