package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.UsdAmount;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import read and what it kept. Nothing is dropped silently: every row read is either accepted
 * or counted under a skip reason, with the problem rows listed.
 *
 * @param format           the format detected ("cointracking-balance-by-exchange", "generic-csv", ...)
 * @param rowsRead         data rows read (the header excluded)
 * @param rowsAccepted     rows that became holdings (negative and zero-value ones included: they are kept)
 * @param skippedByReason  rows not taken, counted by reason code, in a stable order
 * @param problems         the rows not taken, each with line, column, value and message
 * @param usdRead          sum of the USD values of every row read that had a readable value
 * @param usdAccepted      sum of the USD values of the accepted rows
 * @param negativeRows     accepted rows with a negative amount (debts, residue): kept, never sold
 * @param zeroValueRows    accepted rows the source valued at zero: kept, unpriced
 * @param asOf             the valuation time given to the source's values
 * @param asOfBasis        where that time came from ("file name", "file modified", "given")
 */
public record ImportReport(String source, String format, int rowsRead, int rowsAccepted,
                           Map<String, Integer> skippedByReason, List<RowProblem> problems,
                           UsdAmount usdRead, UsdAmount usdAccepted, int negativeRows, UsdAmount negativeUsd,
                           int zeroValueRows, Instant asOf, String asOfBasis) {

    public ImportReport {
        Objects.requireNonNull(source, "report needs a source");
        Objects.requireNonNull(format, "report needs a format");
        skippedByReason = Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
        problems = List.copyOf(problems);
        Objects.requireNonNull(usdRead, "report needs usd read");
        Objects.requireNonNull(usdAccepted, "report needs usd accepted");
        Objects.requireNonNull(negativeUsd, "report needs negative usd");
        int skipped = skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
        if (rowsAccepted + skipped != rowsRead) {
            throw new IllegalStateException("import report of " + source + " does not add up: " + rowsRead
                    + " rows read, " + rowsAccepted + " accepted, " + skipped + " skipped");
        }
    }

    public int rowsSkipped() {
        return rowsRead - rowsAccepted;
    }
}
