package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.money.Asset;

/** A market-data source does not list a coin (it answered; the coin is not among what it knows). */
public class UnknownCoinException extends PriceSourceException {

    private static final long serialVersionUID = 1L;

    private final transient Asset coin;

    public UnknownCoinException(String source, Asset coin, String detail) {
        super(source, "does not list " + coin + (detail == null ? "" : " (" + detail + ")"));
        this.coin = coin;
    }

    public Asset coin() {
        return coin;
    }
}
