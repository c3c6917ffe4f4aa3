package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.math.BigDecimal;
import java.util.List;

/** Show the value by group and by location of the holdings read from {@code sources}. */
public record ShowPortfolioQuery(List<HoldingsSource> sources, boolean lenient, BigDecimal minUsd) {

    public ShowPortfolioQuery {
        sources = List.copyOf(Validation.required(sources, "input"));
        if (sources.isEmpty()) {
            throw new InvalidCommandException("input", "at least one input is required");
        }
        Validation.usd(minUsd, "min_usd");
    }
}
