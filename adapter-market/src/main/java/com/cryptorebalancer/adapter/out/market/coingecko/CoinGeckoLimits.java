package com.cryptorebalancer.adapter.out.market.coingecko;

/**
 * How much one CoinGecko request may carry.
 *
 * @param idsPerPriceRequest    coin ids in one {@code simple/price} request
 * @param maxUrlChars           the longest URL sent (base URL, path and query); a batch of ids ends early
 *                              when the next id would pass it
 * @param historyDaysPerRequest days of closes one {@code market_chart/range} request covers
 */
public record CoinGeckoLimits(int idsPerPriceRequest, int maxUrlChars, int historyDaysPerRequest) {

    /** The shortest URL limit that still leaves room for a request's path and one coin id. */
    static final int MIN_URL_CHARS = 256;

    public CoinGeckoLimits {
        if (idsPerPriceRequest < 1) {
            throw new IllegalArgumentException("ids per price request must be at least 1, was " + idsPerPriceRequest);
        }
        if (maxUrlChars < MIN_URL_CHARS) {
            throw new IllegalArgumentException("URL limit must be at least " + MIN_URL_CHARS + " characters, was "
                    + maxUrlChars);
        }
        if (historyDaysPerRequest < 1) {
            throw new IllegalArgumentException("history days per request must be at least 1, was "
                    + historyDaysPerRequest);
        }
    }

    /**
     * 400 ids per price request, URLs up to 7,000 characters, 365 days of history per request.
     *
     * <p>Why 400: a cold valuation of 1,000 coins must fit in 4 requests (the coins list once, then 3 of
     * prices), so a batch must hold at least 334 ids. The old 2,000-character advice is for browsers;
     * CoinGecko's servers accept far longer query strings, and 7,000 stays under the 8 KB request line
     * common web servers allow. At the usual 10-16 characters of an id, 400 ids take 4,400-6,800 characters;
     * a portfolio of unusually long ids spills into one more request rather than risking a 414.
     *
     * <p>Why 365 days: the keyless and Demo plans reach back 365 days only, and a window longer than 90 days
     * makes CoinGecko answer daily points (one per day at 00:00 UTC) rather than hourly ones.
     */
    public static CoinGeckoLimits defaults() {
        return new CoinGeckoLimits(400, 7_000, 365);
    }

    public CoinGeckoLimits withIdsPerPriceRequest(int ids) {
        return new CoinGeckoLimits(ids, maxUrlChars, historyDaysPerRequest);
    }

    public CoinGeckoLimits withMaxUrlChars(int chars) {
        return new CoinGeckoLimits(idsPerPriceRequest, chars, historyDaysPerRequest);
    }

    public CoinGeckoLimits withHistoryDaysPerRequest(int days) {
        return new CoinGeckoLimits(idsPerPriceRequest, maxUrlChars, days);
    }
}
