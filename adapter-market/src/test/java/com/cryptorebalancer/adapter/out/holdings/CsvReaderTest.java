package com.cryptorebalancer.adapter.out.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

    /** Each record as "line: field|field|...". */
    private static List<String> records(String text, char delimiter) {
        CsvReader reader = new CsvReader("test.csv", text, 0, delimiter);
        List<String> records = new ArrayList<>();
        while (reader.next()) {
            records.add(reader.line() + ": " + String.join("|", reader.fields()));
        }
        return records;
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterAndDoubledQuotes() {
        assertThat(records("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\n", ','))
                .containsExactly("1: a|b,c|say \"hi\"|");
    }

    @Test
    void quotedFieldsSpanningLinesCountEveryPhysicalLine() {
        String text = "h1,h2\r\n\"two\r\nlines\",x\r\n\"three\nmore\nlines\",y\r\nlast,z";

        assertThat(records(text, ',')).containsExactly(
                "1: h1|h2", "2: two\r\nlines|x", "4: three\nmore\nlines|y", "7: last|z");
    }

    @Test
    void lineBreaksInsideQuotesAreCountedBetweenFieldsWithout() {
        String text = "\"a\",\"b\"\r\n\"c\",\"d\re\"\r\n\"f\",\"g\"\"h\"\"\"\r\n\"i\",\"j\"";

        assertThat(records(text, ',')).containsExactly("1: a|b", "2: c|d\re", "4: f|g\"h\"", "5: i|j");
    }

    @Test
    void textBetweenAClosingQuoteAndTheDelimiterIsKept() {
        assertThat(records("\"ab\"cd,\"e\" ,f\n", ',')).containsExactly("1: abcd|e|f");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineBreaks")
    void everyKindOfLineBreakEndsARecord(String kind, String text) {
        assertThat(records(text, ';')).containsExactly("1: a|b", "2: c|d");
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                Arguments.of("LF", "a;b\nc;d\n"),
                Arguments.of("CRLF", "a;b\r\nc;d\r\n"),
                Arguments.of("lone CR", "a;b\rc;d\r"),
                Arguments.of("no final line break", "a;b\nc;d"));
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        assertThat(records("a,b\n\n  \r\nc,d\n\n", ',')).containsExactly("1: a|b", "4: c|d");
    }

    @Test
    void spacesOutsideQuotesAreDroppedAndInsideKept() {
        assertThat(records("  a , \" b \" ,c\t\n", ',')).containsExactly("1: a| b |c");
    }

    @Test
    void aTrailingDelimiterMakesAnEmptyLastField() {
        CsvReader reader = new CsvReader("test.csv", "a,b,\n", 0, ',');

        assertThat(reader.next()).isTrue();
        assertThat(reader.size()).isEqualTo(3);
        assertThat(reader.field(2)).isEmpty();
        assertThat(reader.next()).isFalse();
    }

    @Test
    void readingStartsWhereItIsTold() {
        CsvReader reader = new CsvReader("test.csv", "\uFEFFa,b", 1, ',');

        assertThat(reader.next()).isTrue();
        assertThat(reader.fields()).containsExactly("a", "b");
    }

    @Test
    void aColumnTheFileDoesNotHaveReadsAsNull() {
        CsvReader reader = new CsvReader("test.csv", "a,b", 0, ',');
        reader.next();

        assertThat(reader.fieldOrNull(-1)).isNull();
        assertThat(reader.fieldOrNull(1)).isEqualTo("b");
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileAtTheLineItOpens() {
        CsvReader reader = new CsvReader("broken.csv", "a,b\n\"c,d\ne,f\n", 0, ',');
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(InvalidHoldingsFileException.class)
                .hasMessageStartingWith("broken.csv: line 2: a quoted field starts in the record on this line and is never closed");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("firstLines")
    void theDelimiterIsTheOneUsedMostOutsideQuotesOnTheFirstLine(String text, char delimiter) {
        assertThat(CsvScan.detectDelimiter(text, 0)).isEqualTo(delimiter);
    }

    static Stream<Arguments> firstLines() {
        return Stream.of(
                Arguments.of("a,b,c", ','),
                Arguments.of("a;b;c", ';'),
                Arguments.of("\"a;b\",c", ','),
                Arguments.of("\"a,b\";\"c,d\";e", ';'),
                Arguments.of("single", ','),
                Arguments.of("a;b\nc,d,e,f", ';'));
    }
}
