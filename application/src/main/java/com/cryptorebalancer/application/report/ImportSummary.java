package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.RowProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An import report as it crosses the boundary. */
public record ImportSummary(String source, String format, int rowsRead, int rowsAccepted, int rowsSkipped,
                            Map<String, Integer> skippedByReason, List<Problem> problems, String usdRead,
                            String usdAccepted, int negativeRows, String negativeUsd, int zeroValueRows,
                            String asOf, String asOfBasis) {

    /** One row not taken. */
    public record Problem(int line, String column, String value, String reason, String message) {
    }

    public static ImportSummary of(ImportReport report) {
        List<Problem> problems = report.problems().stream()
                .map((RowProblem p) -> new Problem(p.line(), p.column(), p.value(), p.reason(), p.message()))
                .toList();
        return new ImportSummary(report.source(), report.format(), report.rowsRead(), report.rowsAccepted(),
                report.rowsSkipped(), new TreeMap<>(report.skippedByReason()), problems,
                Amounts.usd(report.usdRead()), Amounts.usd(report.usdAccepted()), report.negativeRows(),
                Amounts.usd(report.negativeUsd()), report.zeroValueRows(),
                report.asOf() == null ? null : report.asOf().toString(), report.asOfBasis());
    }
}
