package com.cryptorebalancer.application.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The rules of price quality.
 *
 * @param hybridMaxAge     in hybrid mode, an export older than this is valued with live prices
 * @param staleAfter       a price older than this is stale (shown so, and warned about)
 * @param disagreementPct  two sources (the export counts as one) further apart than this percentage of the
 *                         lower price are warned about
 * @param pegLow           a stablecoin priced below this ...
 * @param pegHigh          ... or above this is warned about (0.97-1.03 USD)
 */
public record PricingPolicy(Duration hybridMaxAge, Duration staleAfter, BigDecimal disagreementPct, BigDecimal pegLow,
                            BigDecimal pegHigh) {

    public static final PricingPolicy DEFAULT = new PricingPolicy(Duration.ofHours(24), Duration.ofHours(1),
            new BigDecimal("5"), new BigDecimal("0.97"), new BigDecimal("1.03"));

    public PricingPolicy {
        Objects.requireNonNull(hybridMaxAge, "hybrid max age must not be null");
        Objects.requireNonNull(staleAfter, "stale-after must not be null");
        Objects.requireNonNull(disagreementPct, "disagreement percentage must not be null");
        if (disagreementPct.signum() <= 0 || hybridMaxAge.isNegative() || staleAfter.isNegative()) {
            throw new IllegalArgumentException("pricing ages and disagreement percentage must be positive");
        }
    }
}
