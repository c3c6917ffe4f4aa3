package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.report.PortfolioReport;
import com.cryptorebalancer.application.report.PortfolioReport.CoinLine;
import com.cryptorebalancer.application.report.PortfolioReport.GroupLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A portfolio view for people: groups with their largest coins, locations, unknowns, exclusions, imports. */
final class PortfolioTable {

    /** How many coins each group lists before summing up the rest (JSON has them all). */
    static final int COINS_SHOWN = 6;

    private PortfolioTable() {
    }

    static String render(PortfolioReport view, String inputs) {
        String valued = view.imports().stream().map(i -> Cells.time(i.asOf())).distinct().collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder("Portfolio by group and location\n")
                .append("  inputs:  ").append(inputs).append('\n')
                .append("  pricing: local (the imported values, valued ").append(valued).append(")\n")
                .append("  total:   ").append(Cells.usd(view.totalUsd())).append(" USD (holdings left out are listed below)\n\n");
        text.append(groups(view.groups())).append('\n');
        TextTable locations = TextTable.of("LOCATION", "KIND", ">USD", ">%", ">HOLDINGS");
        view.locations().forEach(l -> locations.row(l.location(), l.kind(), Cells.usd(l.usd()), l.pct(), l.holdings()));
        text.append("By location, largest first:\n").append(locations.render("  ")).append('\n');
        text.append(ReportSections.unknownAliases(view.unknownAliases())).append('\n');
        TextTable excluded = TextTable.of("REASON", ">HOLDINGS", ">USD");
        view.excluded().forEach((reason, e) -> excluded.row(reason, e.holdings(), Cells.usd(e.usd())));
        text.append("Left out of the totals (no_price holdings have an unknown value, shown as 0):\n")
                .append(excluded.render("  ")).append('\n');
        text.append(ReportSections.imports(view.imports()));
        return text.toString();
    }

    private static String groups(List<GroupLine> groups) {
        TextTable table = TextTable.of("GROUP / COIN", ">USD", ">% OF TOTAL", ">% OF GROUP");
        for (GroupLine group : groups) {
            table.row(group.group(), Cells.usd(group.usd()), group.pct(), "");
            group.coins().stream().limit(COINS_SHOWN).forEach(c -> table.row("  " + c.symbol(), Cells.usd(c.usd()), "",
                    c.pctOfGroup()));
            if (group.coins().size() > COINS_SHOWN) {
                List<CoinLine> rest = group.coins().subList(COINS_SHOWN, group.coins().size());
                BigDecimal usd = rest.stream().map(c -> new BigDecimal(c.usd())).reduce(BigDecimal.ZERO, BigDecimal::add);
                table.row("  + " + rest.size() + " more coins", Cells.usd(usd.toPlainString()), "", "");
            }
        }
        return "By group, each with its largest coins:\n" + table.render("  ");
    }
}
