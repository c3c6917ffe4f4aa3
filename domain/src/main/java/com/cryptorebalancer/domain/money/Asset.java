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
        symbol = symbol.strip().toUpperCase(java.util.Locale.ROOT);
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("asset symbol must not be blank");
        }
        if (symbol.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "asset symbol is longer than " + MAX_LENGTH + " characters: '" + symbol + "'");
        }
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        "asset symbol must not contain spaces or control characters: '" + symbol + "'");
            }
        }
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
