package com.cryptorebalancer.domain.money;

import java.util.Objects;

/**
 * A coin or currency, named by its ticker as the source reported it (upper case, trimmed).
 *
 * <p>An asset is only a symbol: which coin it really is (is {@code SOL2} Solana?) and which group it
 * belongs to is decided by the taxonomy, not here.
 */
public record Asset(String symbol) implements Comparable<Asset> {

    public static final Asset USD = new Asset("USD");

    private static final int MAX_LENGTH = 40;

    public Asset {
        Objects.requireNonNull(symbol, "asset symbol must not be null");
        String raw = symbol;
        symbol = trimInvisible(symbol).toUpperCase(java.util.Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("asset symbol must not be blank, was '" + raw + "'");
        }
        if (symbol.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "asset symbol is longer than " + MAX_LENGTH + " characters: '" + symbol + "'");
        }
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (isInvisible(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        "asset symbol must not contain spaces or control characters: '" + symbol + "'");
            }
        }
    }

    /** Spaces in the Unicode sense too: a no-break space pasted from a web page is not part of a ticker. */
    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String trimInvisible(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    public static Asset of(String symbol) {
        return new Asset(symbol);
    }

    @Override
    public int compareTo(Asset other) {
        return symbol.compareTo(other.symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
