package com.cryptorebalancer.adapter.out.holdings;

import java.math.BigDecimal;

/**
 * Numbers as holdings files write them: {@code -?digits[.digits]} with an optional exponent
 * ({@code 1.5E-8}); no plus sign, no thousands separators, no {@code .5} or {@code 5.}. Checked by
 * hand before {@link BigDecimal} sees the text, so a good number costs no exception and a bad one
 * throws none; short plain numbers (nearly all) are built from a {@code long}, which is several times
 * cheaper than BigDecimal's string parser while the JVM is still warming up.
 */
final class DecimalText {

    /** |exponent| below 10^4: beyond that a value is not a holding but a typing error. */
    private static final int MAX_EXPONENT_DIGITS = 4;

    private DecimalText() {
    }

    /** Up to 18 characters hold at most 18 digits: their unscaled value fits in a long. */
    private static final int MAX_LONG_LENGTH = 18;

    /** The number {@code text} (surrounding white space ignored) stands for, or null when it is not one. */
    static BigDecimal parse(String text) {
        String number = text.strip();
        if (!isDecimal(number)) {
            return null;
        }
        boolean plain = number.length() <= MAX_LONG_LENGTH && number.indexOf('e') < 0 && number.indexOf('E') < 0;
        return plain ? fromLong(number) : new BigDecimal(number);
    }

    /** A checked plain number ({@code -?digits[.digits]}) built from its digits, as BigDecimal's parser would. */
    private static BigDecimal fromLong(String number) {
        boolean negative = number.charAt(0) == '-';
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (int i = negative ? 1 : 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.') {
                fraction = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                scale += fraction ? 1 : 0;
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
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
