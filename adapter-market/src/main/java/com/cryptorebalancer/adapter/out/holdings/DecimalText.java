package com.cryptorebalancer.adapter.out.holdings;

import java.math.BigDecimal;

/**
 * Numbers as holdings files write them: {@code -?digits[.digits]} with an optional exponent
 * ({@code 1.5E-8}); no plus sign, no thousands separators, no {@code .5} or {@code 5.}. Checked by
 * hand before {@link BigDecimal} sees the text, so a good number costs no exception and a bad one
 * throws none.
 */
final class DecimalText {

    /** |exponent| below 10^4: beyond that a value is not a holding but a typing error. */
    private static final int MAX_EXPONENT_DIGITS = 4;

    private DecimalText() {
    }

    /** The number {@code text} (surrounding white space ignored) stands for, or null when it is not one. */
    static BigDecimal parse(String text) {
        String number = text.strip();
        return isDecimal(number) ? new BigDecimal(number) : null;
    }

    private static boolean isDecimal(String text) {
        int length = text.length();
        int i = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int digits = digits(text, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i < length && text.charAt(i) == '.') {
            digits = digits(text, i + 1);
            if (digits == 0) {
                return false;
            }
            i += 1 + digits;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i += i + 1 < length && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '+') ? 2 : 1;
            digits = digits(text, i);
            if (digits == 0 || digits > MAX_EXPONENT_DIGITS) {
                return false;
            }
            i += digits;
        }
        return i == length;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
