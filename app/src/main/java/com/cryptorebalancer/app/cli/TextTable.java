package com.cryptorebalancer.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: columns two spaces apart, numbers right-aligned, no trailing spaces.
 * A header written {@code ">USD"} is a right-aligned column named {@code USD}.
 */
final class TextTable {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    private TextTable(String... columns) {
        headers = new String[columns.length];
        right = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            right[i] = columns[i].startsWith(">");
            headers[i] = right[i] ? columns[i].substring(1) : columns[i];
        }
    }

    static TextTable of(String... columns) {
        return new TextTable(columns);
    }

    /** A row; a null cell prints as "-". */
    TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + headers.length + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : c.toString()).toArray(String[]::new));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line starting with {@code indent} and ending with "\n". */
    String render(String indent) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, indent, headers, widths);
        rows.forEach(row -> line(text, indent, row, widths));
        return text.toString();
    }

    private void line(StringBuilder text, String indent, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(i == 0 ? "" : "  ").append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
