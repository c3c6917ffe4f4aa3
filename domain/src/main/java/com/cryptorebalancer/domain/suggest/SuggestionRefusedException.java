package com.cryptorebalancer.domain.suggest;

/**
 * The data does not allow the method asked for (risk parity over an asset that never moved, a maximum
 * Sharpe ratio when nothing has a positive expected excess return...); the message says why, with the values.
 */
public final class SuggestionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SuggestionRefusedException(String message) {
        super(message);
    }
}
