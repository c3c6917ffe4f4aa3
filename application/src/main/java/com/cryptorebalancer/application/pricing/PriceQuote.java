package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.domain.money.Price;
import java.util.Objects;

/**
 * A price as used, with whether it is stale: older than the policy allows, or kept from an earlier
 * answer because its source failed now.
 */
public record PriceQuote(Price price, boolean stale) {

    public PriceQuote {
        Objects.requireNonNull(price, "quote needs a price");
    }
}
