package com.cryptorebalancer.application.port.out;

import java.util.Objects;

/**
 * A row that could not be taken, and exactly why.
 *
 * @param line   1-based line number in the file (the header is line 1)
 * @param column the column's name as the header spells it; null when the whole row is at fault
 * @param value  the offending text as it appears in the file; null when there is none
 * @param reason a short code for counting ("bad_number", "missing_field", "zero_amount"...)
 */
public record RowProblem(int line, String column, String value, String reason, String message) {

    public RowProblem {
        Objects.requireNonNull(reason, "row problem needs a reason");
        Objects.requireNonNull(message, "row problem needs a message");
    }

    /** "line 12, column "Amount", value "1,5": not a number". */
    public String describe() {
        StringBuilder text = new StringBuilder("line ").append(line);
        if (column != null) {
            text.append(", column \"").append(column).append('"');
        }
        if (value != null) {
            text.append(", value \"").append(value).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
