package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.in.PortfolioView;
import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A portfolio overview as it crosses the boundary. */
public record PortfolioReport(String totalUsd, List<GroupLine> groups, List<LocationLine> locations,
                              List<UnknownAliasLine> unknownAliases, Map<String, Excluded> excluded,
                              List<ImportSummary> imports, PricesReport prices) {

    /** One group with its coins. */
    public record GroupLine(String group, String usd, String pct, List<CoinLine> coins) {
    }

    /** One coin inside a group. */
    public record CoinLine(String symbol, String usd, String pctOfGroup) {
    }

    /** One location. */
    public record LocationLine(String location, String kind, String usd, String pct, int holdings) {
    }

    /** What was left out for one reason. */
    public record Excluded(int holdings, String usd) {
    }

    public static PortfolioReport of(PortfolioView view) {
        PortfolioOverview overview = view.overview();
        List<GroupLine> groups = overview.groups().stream().map(g -> new GroupLine(g.group().name(), Amounts.usd(g.value()),
                Amounts.percent(g.weight()), g.coins().stream().map(c -> new CoinLine(c.coin().symbol(),
                        Amounts.usd(c.value()), Amounts.percent(c.weight()))).toList())).toList();
        List<LocationLine> locations = overview.locations().stream().map(l -> new LocationLine(l.location().name(),
                l.location().kind().code(), Amounts.usd(l.value()), Amounts.percent(l.weight()), l.holdings())).toList();
        Map<String, Excluded> excluded = new LinkedHashMap<>();
        for (Exclusion.Reason reason : Exclusion.Reason.values()) {
            long count = overview.excluded().stream().filter(e -> e.reason() == reason).count();
            excluded.put(reason.code(), new Excluded((int) count,
                    Amounts.usd(overview.excludedValue().getOrDefault(reason, com.cryptorebalancer.domain.money.UsdAmount.ZERO))));
        }
        return new PortfolioReport(Amounts.usd(overview.total()), groups, locations,
                overview.unknownAliases().stream().map(UnknownAliasLine::of).toList(), excluded,
                view.imports().stream().map(ImportSummary::of).toList(),
                view.pricing() == null ? null : PricesReport.of(view.pricing()));
    }
}
