package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.report.ImportSummary;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Table sections that plans and portfolio views share: unknown aliases and imports. */
final class ReportSections {

    /** How many unknown aliases a table lists before summing up the rest. */
    static final int UNKNOWN_SHOWN = 10;

    private ReportSections() {
    }

    /** Already largest first in the report; the top ones, then a count of the rest. */
    static String unknownAliases(List<UnknownAliasLine> unknown) {
        if (unknown.isEmpty()) {
            return "Unknown aliases: none, every ticker was recognised\n";
        }
        TextTable table = TextTable.of("SYMBOL", "NAME", ">USD", ">HOLDINGS", "LOCATIONS");
        unknown.stream().limit(UNKNOWN_SHOWN).forEach(u -> table.row(u.symbol(), u.name(), Cells.usd(u.usd()),
                u.holdings(), String.join(", ", u.locations())));
        StringBuilder text = new StringBuilder("Unknown aliases, largest first (counted in Others; assign one with "
                + "'rebalancer taxonomy set-alias SYMBOL GROUP'):\n").append(table.render("  "));
        if (unknown.size() > UNKNOWN_SHOWN) {
            text.append("  ... and ").append(unknown.size() - UNKNOWN_SHOWN).append(" more\n");
        }
        return text.toString();
    }

    /** One line per import: rows read, accepted, skipped by reason; USD read against accepted. */
    static String imports(List<ImportSummary> imports) {
        StringBuilder text = new StringBuilder("Imports:\n");
        for (ImportSummary i : imports) {
            text.append("  ").append(i.source()).append(" (").append(i.format()).append("): ")
                    .append(i.rowsRead()).append(" rows read, ").append(i.rowsAccepted()).append(" accepted, ")
                    .append(i.rowsSkipped()).append(" skipped").append(reasons(i.skippedByReason()))
                    .append("; USD read ").append(Cells.usd(i.usdRead())).append(", accepted ")
                    .append(Cells.usd(i.usdAccepted())).append("; valued ").append(Cells.time(i.asOf()))
                    .append(" (").append(i.asOfBasis()).append(")\n");
            i.problems().stream().limit(3).forEach(p -> text.append("    skipped line ").append(p.line())
                    .append(p.column() == null ? "" : ", column \"" + p.column() + "\"")
                    .append(p.value() == null ? "" : ", value \"" + p.value() + "\"")
                    .append(": ").append(p.message()).append('\n'));
            if (i.problems().size() > 3) {
                text.append("    ... and ").append(i.problems().size() - 3).append(" more skipped rows\n");
            }
        }
        return text.toString();
    }

    private static String reasons(Map<String, Integer> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        return byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
