package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.LENIENT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows that cannot be taken: a strict import refuses the file, a lenient one skips, counts and lists them. */
class BadRowsTest {

    /** bad-rows.csv (generic CSV): a good row, six bad ones, one of amount zero, a bad two-line row, a good row. */
    private static HoldingsSource badRows() {
        return ImportFixtures.resource(BadRowsTest.class, "bad-rows.csv");
    }

    @Test
    void aStrictImportRefusesTheFileNamingTheFirstBadRow() {
        InvalidHoldingsFileException refused = catchThrowableOfType(InvalidHoldingsFileException.class,
                () -> load(badRows(), STRICT));

        assertThat(refused).hasMessageStartingWith("bad-rows.csv: line 3, column \"amount\", value \"1,5\": not a number")
                .hasMessageEndingWith("(and 5 more bad rows); use --lenient to import the good rows only");
        assertThat(refused.source()).isEqualTo("bad-rows.csv");
        assertThat(refused.problems()).extracting(RowProblem::line).containsExactly(3, 4, 5, 6, 8, 9);
    }

    @Test
    void aLenientImportKeepsTheGoodRowsAndListsEveryOther() {
        ImportReport report = load(badRows(), LENIENT).report();

        assertThat(report.rowsRead()).isEqualTo(9);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::reason)
                .containsExactly(
                        tuple(3, "amount", "1,5", "bad_number"),
                        tuple(4, "symbol", "", "missing_field"),
                        tuple(5, "symbol", "BT C", "bad_symbol"),
                        tuple(6, null, null, "wrong_field_count"),
                        tuple(7, "amount", "0", "zero_amount"),
                        tuple(8, "value_usd", "-20", "sign_mismatch"),
                        tuple(9, "value_usd", "abc", "bad_number"));
        assertThat(report.skippedByReason()).isEqualTo(Map.of("bad_number", 2, "missing_field", 1, "bad_symbol", 1,
                "wrong_field_count", 1, "zero_amount", 1, "sign_mismatch", 1));
    }

    @Test
    void aRecordSpanningTwoLinesDoesNotShiftTheLinesAfterIt() {
        ImportedHoldings imported = load(badRows(), LENIENT);

        assertThat(imported.holdings()).extracting(h -> h.asset().symbol()).containsExactly("BTC", "LTC");
        assertThat(imported.report().problems()).last().extracting(RowProblem::line).isEqualTo(9);
    }

    @Test
    void theUsdReadCountsEveryReadableValueEvenOfSkippedRows() {
        ImportReport report = load(badRows(), LENIENT).report();

        // 30000 + 3000 (bad amount) + 10 + 10 + 0 (zero amount) - 20 (sign mismatch) + 200; not the short row
        assertThat(report.usdRead().value()).isEqualByComparingTo("33200");
        assertThat(report.usdAccepted().value()).isEqualByComparingTo("30200");
    }

    @Test
    void aFileWhoseOnlyProblemIsAnAmountOfZeroIsNotRefused() {
        ImportedHoldings imported = load(text("zero.csv", "symbol,location,amount,value_usd\nBTC,Kraken,0,0\nETH,Kraken,1,2000\n"), STRICT);

        assertThat(imported.holdings()).hasSize(1);
        assertThat(imported.report().skippedByReason()).isEqualTo(Map.of("zero_amount", 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "thousands separator|BTC,Kraken,\"1,000.5\",10,|amount|bad_number",
            "plus sign|BTC,Kraken,+1,10,|amount|bad_number",
            "no digit before the point|BTC,Kraken,.5,10,|amount|bad_number",
            "text value|BTC,Kraken,1,n/a,|value_usd|bad_number",
            "blank location|BTC,  ,1,10,|location|missing_field",
            "blank amount|BTC,Kraken,,10,|amount|missing_field",
            "negative value of a positive amount|BTC,Kraken,1,-10,|value_usd|sign_mismatch",
            "positive value of a negative amount|BTC,Kraken,-1,10,|value_usd|sign_mismatch",
            "negative price|BTC,Kraken,1,,-3|price_usd|sign_mismatch",
            "bad price even when the value wins|BTC,Kraken,1,10,abc|price_usd|bad_number",
            "symbol too long|ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP,Kraken,1,10,|symbol|bad_symbol",
            "too many fields|BTC,Kraken,1,10,5,6|null|wrong_field_count"})
    void eachBadRowIsSkippedForItsReason(String what, String row, String column, String reason) {
        String csv = "symbol,location,amount,value_usd,price_usd\n" + row + "\n";

        ImportReport report = load(text("one.csv", csv), LENIENT).report();

        assertThat(report.rowsAccepted()).isZero();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("null".equals(column) ? null : column);
            assertThat(problem.reason()).isEqualTo(reason);
        });
        assertThatThrownBy(() -> load(text("one.csv", csv), STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageStartingWith("one.csv: line 2");
    }
}
