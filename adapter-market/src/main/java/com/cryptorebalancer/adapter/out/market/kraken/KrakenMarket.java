package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.domain.money.Asset;

/**
 * A coin's USD market on Kraken.
 *
 * @param coin    the coin by our name ({@code BTC})
 * @param key     the pair key Kraken's answers use ({@code XXBTZUSD})
 * @param altname the pair's name in requests ({@code XBTUSD})
 */
record KrakenMarket(Asset coin, String key, String altname) {
}
