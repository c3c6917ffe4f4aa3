package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.ImportSummary;
import com.cryptorebalancer.application.pricing.PriceQuote;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.report.PortfolioReport;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current portfolio as {@code GET /api/v1/portfolio} answers it: the overview, its basis, every holding with
 * its price's source, time and staleness, and how it was priced in brief with the price warnings (null when valued
 * without sources).
 */
record PortfolioJson(Basis basis, String totalUsd, List<PortfolioReport.GroupLine> groups,
                     List<PortfolioReport.LocationLine> locations, List<HoldingLine> holdings,
                     List<UnknownAliasLine> unknownAliases, Map<String, PortfolioReport.Excluded> excluded,
                     List<ImportSummary> imports, PricingSummary prices) {

    /**
     * How the holdings were priced, in brief; each coin's price is at {@code GET /api/v1/portfolio/prices}.
     *
     * @param bySource how many coins each source priced
     * @param stale    how many of the prices are stale
     * @param unpriced the coins nothing priced (left out of the totals, never valued at 0)
     */
    record PricingSummary(String pricing, int coinsPriced, Map<String, Integer> bySource, int stale, List<String> unpriced,
                          List<PricesReport.WarningLine> warnings) {

        static PricingSummary of(Pricing pricing) {
            Map<String, Integer> bySource = new TreeMap<>();
            int stale = 0;
            for (PriceQuote quote : pricing.quotes().values()) {
                bySource.merge(quote.price().source().name(), 1, Integer::sum);
                stale += quote.stale() ? 1 : 0;
            }
            return new PricingSummary(pricing.mode().code(), pricing.quotes().size(), bySource, stale,
                    pricing.unpriced().stream().map(Asset::symbol).sorted().toList(),
                    pricing.warnings().stream().map(w -> new PricesReport.WarningLine(w.code(),
                            w.asset() == null ? null : w.asset().symbol(), w.message())).toList());
        }
    }

    /** Where the holdings came from; the demo portfolio has no snapshot id and no time. */
    record Basis(Long snapshotId, Instant takenAt, boolean demo, String source) {
    }

    /**
     * One holding, with the group the taxonomy gives it and the price it is valued at.
     *
     * @param symbol      the ticker as the source spelled it
     * @param usd         its value at its price, or null when no source priced it (each coin's price is at
     *                    {@code GET /api/v1/portfolio/prices})
     * @param priceSource where the price came from ({@code local} for the export)
     * @param priceTime   when that source priced it
     * @param priceStale  older than the staleness allowed, or kept after its source failed
     */
    record HoldingLine(String symbol, String name, String group, String location, String quantity, String usd,
                       String priceSource, String priceTime, boolean priceStale) {
    }

    static PortfolioJson of(CurrentPortfolio current) {
        CurrentPortfolio.Basis basis = current.basis();
        // the report without its list of every coin's price: that list is an endpoint of its own
        PortfolioReport report = PortfolioReport.of(new PortfolioView(current.view().overview(), current.view().imports()));
        List<Position> positions = current.portfolio().positions();
        List<HoldingLine> holdings = new ArrayList<>(positions.size());
        Pricing pricing = current.view().pricing();
        // a portfolio has few distinct price times: each is written once, not once per holding
        Map<Instant, String> times = new HashMap<>();
        for (Position position : positions) {
            holdings.add(line(position, pricing == null ? null : pricing.quotes().get(position.coin()), times));
        }
        return new PortfolioJson(new Basis(basis.snapshotId(), basis.takenAt(), basis.demo(), basis.source()),
                report.totalUsd(), report.groups(), report.locations(), holdings, report.unknownAliases(),
                report.excluded(), report.imports(), pricing == null ? null : PricingSummary.of(pricing));
    }

    private static HoldingLine line(Position position, PriceQuote quote, Map<Instant, String> times) {
        Holding holding = position.holding();
        return new HoldingLine(holding.asset().symbol(), holding.coinName(), position.group().name(),
                holding.location().name(), Amounts.exact(holding.quantity().value()),
                holding.isPriced() ? Amounts.usd(holding.value()) : null,
                holding.isPriced() ? holding.priceSource().name() : null,
                holding.pricedAt() == null ? null : times.computeIfAbsent(holding.pricedAt(), Instant::toString),
                quote != null && quote.stale());
    }
}
