package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The prices known for a set of coins at one valuation; a coin absent from the book has no price. */
public final class PriceBook {

    private final Map<Asset, Price> prices;

    private PriceBook(Map<Asset, Price> prices) {
        this.prices = Collections.unmodifiableMap(new TreeMap<>(prices));
    }

    public static PriceBook of(Map<Asset, Price> prices) {
        prices.forEach((coin, price) -> {
            if (!price.asset().equals(coin)) {
                throw new IllegalArgumentException("price book lists a price of " + price.asset() + " under " + coin);
            }
        });
        return new PriceBook(prices);
    }

    public Optional<Price> priceOf(Asset coin) {
        return Optional.ofNullable(prices.get(coin));
    }

    public Map<Asset, Price> prices() {
        return prices;
    }

    public int size() {
        return prices.size();
    }
}
