package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes the rows of one import: keeps the good ones as holdings, counts and lists the others, and adds
 * up what the report shows.
 *
 * <p>A row with an amount and a value other than zero becomes a valued holding (local price, at the
 * import's valuation time). A row with an amount but a value of zero, or none, becomes an unpriced
 * holding: its worth is unknown, never zero. Negative amounts (debts, residue) are kept and counted.
 */
final class HoldingsCollector implements RowSink {

    private static final String LENIENT_HINT = "use --lenient to import the good rows only";

    private final String source;
    private final String format;
    private final ValuationTime time;
    private final RowParser parser;
    private final List<Holding> holdings = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> skippedByReason = new TreeMap<>();
    private int rowsRead;
    private int negativeRows;
    private int zeroValueRows;
    private BigDecimal usdRead = BigDecimal.ZERO;
    private BigDecimal usdAccepted = BigDecimal.ZERO;
    private BigDecimal negativeUsd = BigDecimal.ZERO;

    HoldingsCollector(String source, String format, Columns columns, ImportOptions options, ValuationTime time) {
        this(source, format, time, new RowParser(columns, options.locationRules()));
    }

    private HoldingsCollector(String source, String format, ValuationTime time, RowParser parser) {
        this.source = source;
        this.format = format;
        this.time = time;
        this.parser = parser;
    }

    /** A collector for another part of the same file: same source and format, a parser sharing the caches. */
    HoldingsCollector forAnotherPart(RowParser sharingParser) {
        return new HoldingsCollector(source, format, time, sharingParser);
    }

    /** Adds what {@code later} collected from the part of the file after this one's, keeping the file's order. */
    void append(HoldingsCollector later) {
        holdings.addAll(later.holdings);
        problems.addAll(later.problems);
        later.skippedByReason.forEach((reason, count) -> skippedByReason.merge(reason, count, Integer::sum));
        rowsRead += later.rowsRead;
        negativeRows += later.negativeRows;
        zeroValueRows += later.zeroValueRows;
        usdRead = usdRead.add(later.usdRead);
        usdAccepted = usdAccepted.add(later.usdAccepted);
        negativeUsd = negativeUsd.add(later.negativeUsd);
    }

    RowParser parser() {
        return parser;
    }

    @Override
    public void accept(SourceRow row) {
        rowsRead++;
        ParsedRow parsed = parser.parse(row);
        if (parsed.worth() != null) {
            usdRead = usdRead.add(parsed.worth());
        }
        if (parsed.isGood()) {
            keep(parsed);
        } else {
            skip(parsed.problem());
        }
    }

    @Override
    public void reject(RowProblem problem) {
        rowsRead++;
        skip(problem);
    }

    /**
     * The holdings and the report.
     *
     * @throws InvalidHoldingsFileException listing every bad row, when there is one and the import is
     *                                      not lenient (rows with an amount of zero are not bad)
     */
    ImportedHoldings finish(boolean lenient) {
        List<RowProblem> bad = problems.stream().filter(RowReason::isBadRow).toList();
        if (!lenient && !bad.isEmpty()) {
            throw new InvalidHoldingsFileException(source, bad, LENIENT_HINT);
        }
        ImportReport report = new ImportReport(source, format, rowsRead, holdings.size(), skippedByReason, problems,
                new UsdAmount(usdRead), new UsdAmount(usdAccepted), negativeRows, new UsdAmount(negativeUsd),
                zeroValueRows, time.asOf(), time.basis());
        return new ImportedHoldings(holdings, report);
    }

    private void keep(ParsedRow row) {
        Quantity quantity = new Quantity(row.amount(), row.asset());
        if (row.isValued()) {
            holdings.add(Holding.valued(row.asset(), row.name(), row.location(), quantity,
                    new UsdAmount(row.worth()), PriceSource.LOCAL, time.asOf()));
            usdAccepted = usdAccepted.add(row.worth());
        } else {
            holdings.add(Holding.unpriced(row.asset(), row.name(), row.location(), quantity));
            zeroValueRows++;
        }
        if (quantity.isNegative()) {
            negativeRows++;
            negativeUsd = row.isValued() ? negativeUsd.add(row.worth()) : negativeUsd;
        }
    }

    private void skip(RowProblem problem) {
        problems.add(problem);
        skippedByReason.merge(problem.reason(), 1, Integer::sum);
    }
}
