package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a live source answered for a set of coins.
 *
 * @param prices  the coins it quotes, each with its price
 * @param unknown the coins asked for that it does not quote (not listed, or no USD market)
 * @param stale   the coins among {@code prices} whose price was kept from an earlier answer because the
 *                source failed now (served stale on error); empty when the source answered
 * @param failure how the source failed, when it did and this answer is from what was kept; null otherwise.
 *                The coins asked for that are neither priced nor unknown were not answered.
 */
public record LivePrices(Map<Asset, Price> prices, Set<Asset> unknown, Set<Asset> stale, String failure) {

    public LivePrices {
        prices = Map.copyOf(Objects.requireNonNull(prices, "prices must not be null"));
        unknown = Set.copyOf(Objects.requireNonNull(unknown, "unknown must not be null"));
        stale = Set.copyOf(Objects.requireNonNull(stale, "stale must not be null"));
        prices.forEach((coin, price) -> {
            if (!price.asset().equals(coin)) {
                throw new IllegalArgumentException("a price of " + price.asset() + " is listed under " + coin);
            }
        });
        if (!prices.keySet().containsAll(stale)) {
            throw new IllegalArgumentException("stale coins must be among the priced ones");
        }
    }

    /** A fresh answer from the source. */
    public LivePrices(Map<Asset, Price> prices, Set<Asset> unknown) {
        this(prices, unknown, Set.of(), null);
    }
}
