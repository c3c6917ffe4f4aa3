package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimiter-separated records from text one at a time, in a single pass over the text and
 * without regular expressions.
 *
 * <p>A field may be enclosed in double quotes; a quoted field may contain the delimiter, line breaks
 * and doubled quotes ({@code ""} stands for one {@code "}). Spaces and tabs around a field outside its
 * quotes are dropped. Line breaks are {@code \n}, {@code \r\n} or a lone {@code \r}. Blank lines are
 * skipped. {@link #line()} is the physical line (1-based) on which the current record starts, counting
 * the line breaks inside quoted fields.
 */
final class CsvReader {

    private static final char QUOTE = '"';

    private final String source;
    private final String text;
    private final int end;
    private final char delimiter;
    private int pos;
    private int lineNumber = 1;
    private int recordLine;
    private int lineBreak = -1;
    private String[] fields = new String[8];
    private int size;
    private StringBuilder unescaped;

    /**
     * @param source    the source's name, for the error about a quote that is never closed
     * @param text      the whole text
     * @param start     where the records start (after a byte-order mark)
     * @param delimiter {@code ,} or {@code ;}
     */
    public CsvReader(String source, String text, int start, char delimiter) {
        this(source, text, start, text.length(), 1, delimiter);
    }

    /** A reader of the records between {@code start} and {@code end}, the first on physical line {@code firstLine}. */
    CsvReader(String source, String text, int start, int end, int firstLine, char delimiter) {
        this.source = source;
        this.text = text;
        this.end = end;
        this.delimiter = delimiter;
        this.pos = start;
        this.lineNumber = firstLine;
    }

    /** Where the next record starts, and the physical line it is on: for reading the rest in parts. */
    int position() {
        return pos;
    }

    int lineNumber() {
        return lineNumber;
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * Moves to the next record that is not a blank line.
     *
     * @return false at the end of the text
     * @throws InvalidHoldingsFileException when a quoted field is never closed (nothing after it can
     *                                      be trusted)
     */
    public boolean next() {
        while (pos < end) {
            recordLine = lineNumber;
            readRecord();
            if (size > 1 || !fields[0].isEmpty()) {
                return true;
            }
        }
        size = 0;
        return false;
    }

    /** The physical line on which the current record starts. */
    public int line() {
        return recordLine;
    }

    /** How many fields the current record has. */
    public int size() {
        return size;
    }

    /** The field at {@code index} of the current record, without its quotes. */
    public String field(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("line " + recordLine + " has " + size + " fields, not " + (index + 1));
        }
        return fields[index];
    }

    /** The field at {@code index}, or null when {@code index} is negative (a column the file does not have). */
    public String fieldOrNull(int index) {
        return index < 0 ? null : field(index);
    }

    /** The fields of the current record. */
    public List<String> fields() {
        return List.of(Arrays.copyOf(fields, size));
    }

    private void readRecord() {
        size = 0;
        while (true) {
            add(readField());
            if (pos >= end) {
                return;
            }
            if (text.charAt(pos) == delimiter) {
                pos++;
            } else {
                skipLineBreak();
                return;
            }
        }
    }

    private void add(String field) {
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        fields[size++] = field;
    }

    private String readField() {
        int start = skipBlanks(pos);
        if (isQuoteAt(start)) {
            return readQuoted(start + 1);
        }
        int stop = start;
        while (stop < end && !endsField(text.charAt(stop))) {
            stop++;
        }
        pos = stop;
        return text.substring(start, trimEnd(start, stop));
    }

    /**
     * Reads a quoted field whose text starts at {@code from}. Nearly every quoted field has no doubled
     * quote and no line break: it is found with one search for its closing quote.
     */
    private String readQuoted(int from) {
        int close = text.indexOf(QUOTE, from);
        boolean simple = close >= 0 && close < nextLineBreak(from) && !isQuoteAt(close + 1);
        return simple ? closeQuoted(text.substring(from, close), close + 1) : readEscapedQuoted(from);
    }

    /** Reads a quoted field holding doubled quotes or line breaks, counting the line breaks. */
    private String readEscapedQuoted(int from) {
        int segment = from;
        StringBuilder escaped = null;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == QUOTE && isQuoteAt(i + 1)) {
                escaped = appendSegment(escaped, segment, i + 1); // keeps one of the two quotes
                i++;
                segment = i + 1;
            } else if (c == QUOTE) {
                String value = escaped == null ? text.substring(segment, i) : escaped.append(text, segment, i).toString();
                return closeQuoted(value, i + 1);
            } else if (c == '\n' || c == '\r' && !isAt(i + 1, '\n')) {
                lineNumber++;
            }
        }
        throw new InvalidHoldingsFileException(source, List.of(new RowProblem(recordLine, null, null,
                "unclosed_quote", "a quoted field starts in the record on this line and is never closed")), null);
    }

    /** The quoted field {@code value}, plus any text from {@code after} its closing quote to the delimiter. */
    private String closeQuoted(String value, int after) {
        pos = after;
        if (pos == end || endsField(text.charAt(pos))) {
            return value;
        }
        String rest = readField();
        return rest.isEmpty() ? value : value + rest;
    }

    /** The position of the first line break at or after {@code from} ({@code end} when none), remembered. */
    private int nextLineBreak(int from) {
        if (lineBreak < from) {
            // one forward scan for either character: searching for each with indexOf would scan to the end of
            // the text for a character the file never uses (no '\r' in a LF file), on every line
            int at = from;
            while (at < end && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                at++;
            }
            lineBreak = at;
        }
        return lineBreak;
    }

    private boolean isQuoteAt(int index) {
        return isAt(index, QUOTE);
    }

    private boolean isAt(int index, char c) {
        return index < end && text.charAt(index) == c;
    }

    private StringBuilder appendSegment(StringBuilder escaped, int from, int to) {
        StringBuilder builder = escaped;
        if (builder == null) {
            builder = unescaped == null ? unescaped = new StringBuilder() : unescaped;
            builder.setLength(0);
        }
        return builder.append(text, from, to);
    }

    private boolean endsField(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int stop) {
        int i = stop;
        while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void skipLineBreak() {
        if (text.charAt(pos) == '\r' && isAt(pos + 1, '\n')) {
            pos++;
        }
        pos++;
        lineNumber++;
    }
}
