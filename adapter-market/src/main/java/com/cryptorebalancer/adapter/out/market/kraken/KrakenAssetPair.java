package com.cryptorebalancer.adapter.out.market.kraken;

/**
 * One market of Kraken's {@code GET /0/public/AssetPairs} answer, under its pair key ({@code XXBTZUSD}):
 * {@code {"altname":"XBTUSD","wsname":"XBT/USD","base":"XXBT","quote":"ZUSD","status":"online",...}}. The key is
 * how Ticker and OHLC answers name the pair, the altname how a request may, and the wsname gives base and
 * quote by their short names (older assets have an X or Z before them in {@code base} and {@code quote}).
 * Dark-pool pairs ({@code XXBTZUSD.d}) have no wsname.
 *
 * @see <a href="https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs">Get tradable asset pairs</a>
 */
record KrakenAssetPair(String altname, String wsname, String base, String quote, String status) {
}
