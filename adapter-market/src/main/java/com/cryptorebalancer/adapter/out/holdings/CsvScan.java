package com.cryptorebalancer.adapter.out.holdings;

/**
 * Scans over a CSV text that look at quotes the way {@link CsvReader} reads them, without reading
 * records: the delimiter of the header line, and where to cut a large text in two for reading in parts.
 */
final class CsvScan {

    private static final char QUOTE = '"';

    private CsvScan() {
    }

    /**
     * Where to cut {@code text} between {@code from} (the start of a record) and {@code to} into two parts
     * of about equal size: the start of a record after the middle, with its physical line number given
     * that {@code from} is on {@code firstLine}; or null when there is none. Quotes are read as
     * {@link #next()} reads them: a quote opens a quoted field only at the start of a field (after
     * blanks), or right after a closing quote; anywhere else it is an ordinary character.
     */
    static int[] splitNearMiddle(String text, int from, int to, int firstLine, char delimiter) {
        int middle = from + (to - from) / 2;
        boolean atFieldStart = true;
        boolean quoted = false;
        int line = firstLine;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE) {
                    boolean escaped = i + 1 < to && text.charAt(i + 1) == QUOTE;
                    i += escaped ? 1 : 0;
                    quoted = escaped;
                    atFieldStart = !escaped;
                } else if (c == '\n' || c == '\r' && !(i + 1 < to && text.charAt(i + 1) == '\n')) {
                    line++;
                }
            } else if (c == '\r' || c == '\n') {
                int next = c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                line++;
                if (next >= middle && next < to) {
                    return new int[] {next, line};
                }
                i = next - 1;
                atFieldStart = true;
            } else if (c == delimiter) {
                atFieldStart = true;
            } else if (c == QUOTE && atFieldStart) {
                quoted = true;
            } else if (c != ' ' && c != '\t') {
                atFieldStart = false;
            }
        }
        return null;
    }

    /**
     * The delimiter of the first line from {@code start}: {@code ;} when it has more semicolons than
     * commas outside double quotes, otherwise {@code ,}.
     */
    static char detectDelimiter(String text, int start) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
