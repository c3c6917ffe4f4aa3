package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.util.List;

/**
 * A portfolio overview and the reports of the imports it was made from.
 *
 * @param pricing the live prices it was valued at, with their warnings; null when valued by the export's own values
 */
public record PortfolioView(PortfolioOverview overview, List<ImportReport> imports, Pricing pricing) {

    public PortfolioView {
        imports = List.copyOf(imports);
    }

    /** Valued by the export's own values. */
    public PortfolioView(PortfolioOverview overview, List<ImportReport> imports) {
        this(overview, imports, null);
    }
}
