package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.RowProblem;

/**
 * Why a row read was not imported, as counted in the import report. Every reason but
 * {@link #ZERO_AMOUNT} makes the row bad: a strict import refuses a file with a bad row.
 */
enum RowReason {
    /** A required part is absent or blank. */
    MISSING_FIELD("missing_field"),
    /** A number that is not {@code -?digits[.digits]} with an optional exponent. */
    BAD_NUMBER("bad_number"),
    /** A symbol that is not a valid asset symbol (spaces, control characters, too long). */
    BAD_SYMBOL("bad_symbol"),
    /** A CSV record with more or fewer fields than its header. */
    WRONG_FIELD_COUNT("wrong_field_count"),
    /** A JSON value of the wrong kind (an object where a holding's text or number belongs, ...). */
    WRONG_TYPE("wrong_type"),
    /** A value whose sign differs from the amount's. */
    SIGN_MISMATCH("sign_mismatch"),
    /** An amount of zero: not a holding, but not an error either. */
    ZERO_AMOUNT("zero_amount");

    private final String code;

    RowReason(String code) {
        this.code = code;
    }

    /** The code in reports and problems: "bad_number". */
    public String code() {
        return code;
    }

    /** A problem of this reason at {@code line}; {@code column} and {@code value} may be null. */
    public RowProblem at(int line, String column, String value, String message) {
        return new RowProblem(line, column, value, code, message);
    }

    /** Whether a problem (by its reason code) is about a bad row, not a benign skip. */
    public static boolean isBadRow(RowProblem problem) {
        return !ZERO_AMOUNT.code.equals(problem.reason());
    }
}
