package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.portfolio.Holding;
import java.util.List;
import java.util.Objects;

/** The holdings read from one source, and the report of what was read and kept. */
public record ImportedHoldings(List<Holding> holdings, ImportReport report) {

    public ImportedHoldings {
        holdings = List.copyOf(holdings);
        Objects.requireNonNull(report, "imported holdings need a report");
    }
}
