package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.math.BigDecimal;
import java.util.List;

/**
 * Show the value by group and by location of the holdings read from {@code sources}.
 *
 * @param pricing where the prices come from: the export's values ({@code local}) or live sources
 */
public record ShowPortfolioQuery(List<HoldingsSource> sources, boolean lenient, BigDecimal minUsd, PricingMode pricing) {

    /** Valued by the export's own values. */
    public ShowPortfolioQuery(List<HoldingsSource> sources, boolean lenient, BigDecimal minUsd) {
        this(sources, lenient, minUsd, PricingMode.LOCAL);
    }

    public ShowPortfolioQuery {
        sources = List.copyOf(Validation.required(sources, "input"));
        if (sources.isEmpty()) {
            throw new InvalidCommandException("input", "at least one input is required");
        }
        Validation.usd(minUsd, "min_usd");
        Validation.required(pricing, "pricing");
    }
}
