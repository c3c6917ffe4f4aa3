package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.util.List;

/** A portfolio overview and the reports of the imports it was made from. */
public record PortfolioView(PortfolioOverview overview, List<ImportReport> imports) {

    public PortfolioView {
        imports = List.copyOf(imports);
    }
}
