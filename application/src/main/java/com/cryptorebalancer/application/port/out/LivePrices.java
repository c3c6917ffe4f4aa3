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
 */
public record LivePrices(Map<Asset, Price> prices, Set<Asset> unknown) {

    public LivePrices {
        prices = Map.copyOf(Objects.requireNonNull(prices, "prices must not be null"));
        unknown = Set.copyOf(Objects.requireNonNull(unknown, "unknown must not be null"));
        prices.forEach((coin, price) -> {
            if (!price.asset().equals(coin)) {
                throw new IllegalArgumentException("a price of " + price.asset() + " is listed under " + coin);
            }
        });
    }
}
