package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.ImportSummary;
import com.cryptorebalancer.application.pricing.PriceQuote;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.report.PortfolioReport;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The current portfolio as {@code GET /api/v1/portfolio} answers it: the overview, its basis, every holding with
 * its price's source, time and staleness, and the prices with their warnings (null when valued without sources).
 */
record PortfolioJson(Basis basis, String totalUsd, List<PortfolioReport.GroupLine> groups,
                     List<PortfolioReport.LocationLine> locations, List<HoldingLine> holdings,
                     List<UnknownAliasLine> unknownAliases, Map<String, PortfolioReport.Excluded> excluded,
                     List<ImportSummary> imports, PricesReport prices) {

    /** Where the holdings came from; the demo portfolio has no snapshot id and no time. */
    record Basis(Long snapshotId, Instant takenAt, boolean demo, String source) {
    }

    /**
     * One holding, with the group the taxonomy gives it and the price it is valued at.
     *
     * @param symbol      the ticker as the source spelled it
     * @param usd         its value at its price, or null when no source priced it (the price of each coin is
     *                    under {@code prices})
     * @param priceSource where the price came from ({@code local} for the export)
     * @param priceTime   when that source priced it
     * @param priceStale  older than the staleness allowed, or kept after its source failed
     */
    record HoldingLine(String symbol, String name, String group, String location, String quantity, String usd,
                       String priceSource, Instant priceTime, boolean priceStale) {
    }

    static PortfolioJson of(CurrentPortfolio current) {
        CurrentPortfolio.Basis basis = current.basis();
        PortfolioReport report = PortfolioReport.of(current.view());
        List<Position> positions = current.portfolio().positions();
        List<HoldingLine> holdings = new ArrayList<>(positions.size());
        Pricing pricing = current.view().pricing();
        for (Position position : positions) {
            holdings.add(line(position, pricing == null ? null : pricing.quotes().get(position.coin())));
        }
        return new PortfolioJson(new Basis(basis.snapshotId(), basis.takenAt(), basis.demo(), basis.source()),
                report.totalUsd(), report.groups(), report.locations(), holdings, report.unknownAliases(),
                report.excluded(), report.imports(), report.prices());
    }

    private static HoldingLine line(Position position, PriceQuote quote) {
        Holding holding = position.holding();
        return new HoldingLine(holding.asset().symbol(), holding.coinName(), position.group().name(),
                holding.location().name(), Amounts.exact(holding.quantity().value()),
                holding.isPriced() ? Amounts.usd(holding.value()) : null,
                holding.isPriced() ? holding.priceSource().name() : null, holding.pricedAt(),
                quote != null && quote.stale());
    }
}
