package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import java.util.List;

/**
 * A plan, the prices it used, and the reports of the imports it was made from.
 *
 * @param pricing       how the prices were chosen ({@code local}, {@code auto} or {@code hybrid})
 * @param priceWarnings what to know about those prices (stale, off peg, sources apart, sources failed)
 */
public record PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports,
                         List<String> priceWarnings) {

    public PlanResult {
        imports = List.copyOf(imports);
        priceWarnings = List.copyOf(priceWarnings);
    }

    /** Priced without anything to say about the prices. */
    public PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports) {
        this(plan, prices, pricing, imports, List.of());
    }
}
