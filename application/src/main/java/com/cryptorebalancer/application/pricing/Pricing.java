package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices of one valuation and what to know about them.
 *
 * @param mode     how they were chosen
 * @param quotes   each priced coin's price with its source, time and staleness
 * @param unpriced the coins no source priced (skipped with {@code no_price}, never valued at 0)
 * @param warnings sanity checks that failed, and sources that failed (with the coins they left to others)
 */
public record Pricing(PricingMode mode, Map<Asset, PriceQuote> quotes, Set<Asset> unpriced, List<PriceWarning> warnings) {

    public Pricing {
        quotes = Map.copyOf(quotes);
        unpriced = Set.copyOf(unpriced);
        warnings = List.copyOf(warnings);
    }

    /** The coins whose price is stale. */
    public Set<Asset> stale() {
        Set<Asset> stale = new java.util.TreeSet<>();
        quotes.forEach((coin, quote) -> {
            if (quote.stale()) {
                stale.add(coin);
            }
        });
        return stale;
    }

    /** The prices as the planner takes them. */
    public PriceBook book() {
        Map<Asset, Price> prices = new LinkedHashMap<>();
        quotes.forEach((coin, quote) -> prices.put(coin, quote.price()));
        return PriceBook.of(prices);
    }
}
