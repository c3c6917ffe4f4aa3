package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.money.Asset;
import java.util.List;
import java.util.Set;

/**
 * A plan, the prices it used, and the reports of the imports it was made from.
 *
 * @param pricing       how the prices were chosen ({@code local}, {@code auto} or {@code hybrid})
 * @param priceWarnings what to know about those prices (stale, off peg, sources apart, sources failed)
 * @param stalePrices   the coins whose price is stale (older than allowed, or kept after its source failed)
 */
public record PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports,
                         List<String> priceWarnings, Set<Asset> stalePrices) {

    public PlanResult {
        imports = List.copyOf(imports);
        priceWarnings = List.copyOf(priceWarnings);
        stalePrices = Set.copyOf(stalePrices);
    }

    /** Priced with warnings but no stale price. */
    public PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports,
                      List<String> priceWarnings) {
        this(plan, prices, pricing, imports, priceWarnings, Set.of());
    }

    /** Priced without anything to say about the prices. */
    public PlanResult(RebalancePlan plan, PriceBook prices, String pricing, List<ImportReport> imports) {
        this(plan, prices, pricing, imports, List.of(), Set.of());
    }
}
