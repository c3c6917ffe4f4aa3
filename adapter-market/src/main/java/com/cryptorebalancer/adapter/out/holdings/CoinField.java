package com.cryptorebalancer.adapter.out.holdings;

/**
 * The "Coin" field of CoinTracking's Coins by Exchange export: {@code TICKER (Full name) by Exchange},
 * e.g. {@code AAVE (Aave) by Exchange}. The ticker is the text before the first space; the name is the
 * text in the first balanced parentheses after it (a name may itself hold parentheses); the rest is
 * ignored.
 *
 * @param ticker the ticker; empty when the field is blank
 * @param name   the full name, or null when the field has none
 */
record CoinField(String ticker, String name) {

    /** The parts of {@code text}, or null when a parenthesis after the ticker is never closed. */
    static CoinField parse(String text) {
        String coin = text.strip();
        int space = coin.indexOf(' ');
        if (space < 0) {
            return new CoinField(coin, null);
        }
        String ticker = coin.substring(0, space);
        int open = coin.indexOf('(', space);
        if (open < 0) {
            return new CoinField(ticker, null);
        }
        int close = closing(coin, open);
        return close < 0 ? null : new CoinField(ticker, coin.substring(open + 1, close).strip());
    }

    /** The position of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
