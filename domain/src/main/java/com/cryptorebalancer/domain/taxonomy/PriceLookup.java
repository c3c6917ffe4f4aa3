package com.cryptorebalancer.domain.taxonomy;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.Optional;

/** The USD price of a coin when one is known; used by pattern rules as evidence. */
@FunctionalInterface
public interface PriceLookup {

    PriceLookup NONE = coin -> Optional.empty();

    Optional<BigDecimal> usdPrice(Asset coin);
}
