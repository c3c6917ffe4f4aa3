package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.LENIENT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import org.junit.jupiter.api.Test;

/** A file large enough to be read in two parts at once reads exactly as if read in one go. */
class CsvBodyTest {

    private static final String HEADER = "symbol,name,location,amount,value_usd\n";

    /** Generic CSV of {@code rows} rows, each about 60 characters, so 40,000 rows pass the parallel threshold. */
    private static StringBuilder rows(int rows, int badRow, int multiLineRow) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String name = i == multiLineRow ? "\"Coin with\nline break " + i + "\"" : "Coin " + i;
            String amount = i == badRow ? "1,5" : String.valueOf(i + 1);
            csv.append("C").append(i % 300).append(',').append(name).append(",Exchange ").append(i % 50)
                    .append(",\"").append(amount).append("\",").append(i + 10).append(".25\n");
        }
        return csv;
    }

    @Test
    void aLargeFileIsLargeEnoughToBeReadInTwoParts() {
        assertThat(rows(40_000, -1, -1).length()).isGreaterThan(CsvBody.PARALLEL_FROM);
    }

    @Test
    void aBadRowInTheSecondPartIsReportedOnItsOwnPhysicalLine() {
        // the header is line 1, row i is on line i + 2 up to row 10,000, which spans two lines; so row 30,000 is on
        // line 30,003, as a small file read in one go shows for its own rows
        assertThat(load(text("small-2025-08-26.csv", rows(100, 50, 10).toString()), LENIENT).report().problems().get(0).line())
                .isEqualTo(53);
        String csv = rows(40_000, 30_000, 10_000).toString();

        ImportedHoldings imported = load(text("big-2025-08-26.csv", csv), LENIENT);

        assertThat(imported.report().rowsRead()).isEqualTo(40_000);
        assertThat(imported.report().rowsAccepted()).isEqualTo(39_999);
        RowProblem problem = imported.report().problems().get(0);
        assertThat(problem.line()).isEqualTo(30_003);
        assertThat(problem.value()).isEqualTo("1,5");
        assertThatThrownBy(() -> load(text("big-2025-08-26.csv", csv), STRICT))
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageContaining("line 30003").hasMessageContaining("\"1,5\"");
    }

    @Test
    void aQuotedFieldSpanningTheMiddleIsNeverCut() {
        // the multi-line field sits right at the middle of the body: the cut must fall after it
        int middleRow = 20_000;
        String csv = rows(40_000, -1, middleRow).toString();

        ImportedHoldings imported = load(text("big-2025-08-26.csv", csv), STRICT);

        assertThat(imported.report().rowsAccepted()).isEqualTo(40_000);
        assertThat(imported.holdings().get(middleRow).coinName()).isEqualTo("Coin with\nline break " + middleRow);
        assertThat(imported.holdings().get(middleRow + 1).coinName()).isEqualTo("Coin " + (middleRow + 1));
    }

    @Test
    void rowsKeepTheFileOrderAcrossTheCut() {
        ImportedHoldings imported = load(text("big-2025-08-26.csv", rows(40_000, -1, -1).toString()), STRICT);

        for (int i = 0; i < 40_000; i += 997) {
            assertThat(imported.holdings().get(i).coinName()).isEqualTo("Coin " + i);
        }
        // sum of (i + 10.25) for i < 40,000
        assertThat(imported.report().usdAccepted().value()).isEqualByComparingTo("800390000");
    }

    @Test
    void theCutIsAtTheStartOfALineOutsideQuotes() {
        String text = "a,\"x\ny\"\nb,c\nd,e\nf,g\n";

        int[] cut = CsvScan.splitNearMiddle(text, 0, text.length(), 1, ',');

        assertThat(text.substring(cut[0])).isEqualTo("d,e\nf,g\n");
        assertThat(cut[1]).isEqualTo(4);
        assertThat(CsvScan.splitNearMiddle("a,\"unclosed\nb\nc", 0, 14, 1, ',')).isNull();
        // a quote inside an unquoted field is an ordinary character, as the reader reads it
        String inches = "a,5\" edition\nb,c\nd,e\nf,g\n";
        assertThat(inches.substring(CsvScan.splitNearMiddle(inches, 0, inches.length(), 1, ',')[0])).isEqualTo("b,c\nd,e\nf,g\n");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldDoesNotConfuseTheCut() {
        // row 1 has an inch mark in an unquoted name; row 30,000 has a quoted name on two lines, after the middle
        StringBuilder csv = rows(40_000, -1, 30_000);
        int second = csv.indexOf("\n", HEADER.length()) + 1;
        csv.insert(csv.indexOf(",Coin 1,", second) + 7, " 5\" edition");

        ImportedHoldings imported = load(text("big-2025-08-26.csv", csv.toString()), STRICT);

        assertThat(imported.report().rowsAccepted()).isEqualTo(40_000);
        assertThat(imported.holdings().get(1).coinName()).isEqualTo("Coin 1 5\" edition");
        assertThat(imported.holdings().get(30_000).coinName()).isEqualTo("Coin with\nline break 30000");
    }
}
