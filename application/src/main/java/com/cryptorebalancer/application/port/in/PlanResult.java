package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import java.util.List;

/** A plan, the prices it used, and the reports of the imports it was made from. */
public record PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports) {

    public PlanResult {
        imports = List.copyOf(imports);
    }
}
