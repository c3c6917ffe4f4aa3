package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.ImportSummary;
import com.cryptorebalancer.application.report.PortfolioReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The current portfolio as {@code GET /api/v1/portfolio} answers it: the overview, its basis and every holding. */
record PortfolioJson(Basis basis, String totalUsd, List<PortfolioReport.GroupLine> groups,
                     List<PortfolioReport.LocationLine> locations, List<HoldingLine> holdings,
                     List<UnknownAliasLine> unknownAliases, Map<String, PortfolioReport.Excluded> excluded,
                     List<ImportSummary> imports) {

    /** Where the holdings came from; the demo portfolio has no snapshot id and no time. */
    record Basis(Long snapshotId, Instant takenAt, boolean demo, String source) {
    }

    /**
     * One holding as read, with the group the taxonomy gives it.
     *
     * @param symbol the ticker as the source spelled it
     * @param usd    the source's valuation, or null when it gave none
     */
    record HoldingLine(String symbol, String name, String group, String location, String quantity, String usd) {
    }

    static PortfolioJson of(CurrentPortfolio current) {
        CurrentPortfolio.Basis basis = current.basis();
        PortfolioReport report = PortfolioReport.of(current.view());
        List<Position> positions = current.portfolio().positions();
        List<HoldingLine> holdings = new ArrayList<>(positions.size());
        for (Position position : positions) {
            Holding holding = position.holding();
            holdings.add(new HoldingLine(holding.asset().symbol(), holding.coinName(), position.group().name(),
                    holding.location().name(), Amounts.exact(holding.quantity().value()),
                    holding.isPriced() ? Amounts.usd(holding.value()) : null));
        }
        return new PortfolioJson(new Basis(basis.snapshotId(), basis.takenAt(), basis.demo(), basis.source()),
                report.totalUsd(), report.groups(), report.locations(), holdings, report.unknownAliases(),
                report.excluded(), report.imports());
    }
}
