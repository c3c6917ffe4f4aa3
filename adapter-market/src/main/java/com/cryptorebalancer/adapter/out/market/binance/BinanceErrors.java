package com.cryptorebalancer.adapter.out.market.binance;

import com.cryptorebalancer.adapter.out.market.http.MarketHttpException;
import java.util.regex.Pattern;

/**
 * Binance's error answers, read in one place. Binance refuses a request with an HTTP 4xx and a body
 * {@code {"code":-1121,"msg":"Invalid symbol."}}; 429 (slow down) and 5xx are retried by MarketHttp.
 *
 * @see <a href="https://developers.binance.com/docs/binance-spot-api-docs/errors">Binance error codes</a>
 */
final class BinanceErrors {

    /** -1121 INVALID_SYMBOL: Binance has no such market (the body is in the message, as MarketHttp quotes it). */
    private static final Pattern INVALID_SYMBOL = Pattern.compile("\"code\"\\s*:\\s*-1121\\b");

    private BinanceErrors() {
    }

    /** Whether Binance answered that the symbol asked for is not one of its markets. */
    static boolean isInvalidSymbol(MarketHttpException e) {
        return e.status() == 400 && INVALID_SYMBOL.matcher(e.getMessage()).find();
    }
}
