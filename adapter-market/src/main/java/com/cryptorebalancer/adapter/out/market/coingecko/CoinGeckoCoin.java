package com.cryptorebalancer.adapter.out.market.coingecko;

/**
 * One entry of {@code GET /api/v3/coins/list}: {@code {"id":"bitcoin","symbol":"btc","name":"Bitcoin"}}.
 * The id is CoinGecko's key for every other endpoint; the symbol is the ticker people hold, lower case,
 * and not unique (many bridged tokens are also {@code "eth"}).
 */
record CoinGeckoCoin(String id, String symbol, String name) {
}
