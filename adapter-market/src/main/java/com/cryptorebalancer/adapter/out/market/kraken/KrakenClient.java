package com.cryptorebalancer.adapter.out.market.kraken;

import com.cryptorebalancer.adapter.out.market.http.MarketHttp;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kraken's public market-data endpoints as they are: raw results (errors in the body already turned into
 * exceptions by {@link KrakenErrors}), no keys, every request through one {@link MarketHttp}.
 */
final class KrakenClient {

    private static final Type ASSET_PAIRS =
            new TypeReference<KrakenResponse<Map<String, KrakenAssetPair>>>() { }.getType();
    private static final Type TICKERS =
            new TypeReference<KrakenResponse<Map<String, KrakenTicker>>>() { }.getType();
    private static final Type OHLC = new TypeReference<KrakenResponse<KrakenOhlc>>() { }.getType();

    private final MarketHttp http;

    KrakenClient(MarketHttp http) {
        this.http = http;
    }

    String source() {
        return http.source();
    }

    SourceHealth health() {
        return http.health();
    }

    /** Every pair Kraken trades, by pair key. */
    Map<String, KrakenAssetPair> assetPairs() {
        KrakenResponse<Map<String, KrakenAssetPair>> answer = http.getJson("/0/public/AssetPairs", Map.of(), ASSET_PAIRS,
                refused -> KrakenErrors.transientRefusal(refused, "AssetPairs"));
        return KrakenErrors.resultOf(answer, source(), "AssetPairs", "(none asked)");
    }

    /**
     * The tickers of {@code altnames} ({@code XBTUSD}, ...), in one request, by pair key.
     *
     * @throws KrakenErrors.UnknownPairException when Kraken knows one of them not
     */
    Map<String, KrakenTicker> tickers(Collection<String> altnames) {
        String pairs = String.join(",", altnames);
        // the commas stay as they are, as Kraken documents the list
        String query = altnames.stream().map(KrakenClient::encode).collect(Collectors.joining(","));
        KrakenResponse<Map<String, KrakenTicker>> answer = http.getJson("/0/public/Ticker?pair=" + query, Map.of(), TICKERS,
                refused -> KrakenErrors.transientRefusal(refused, "Ticker " + pairs));
        return KrakenErrors.resultOf(answer, source(), "Ticker " + pairs, pairs);
    }

    /**
     * The daily candles of {@code altname} after {@code since}: at most the 720 most recent, whatever is asked.
     *
     * @throws KrakenErrors.UnknownPairException when Kraken knows the pair not
     */
    KrakenOhlc dailyOhlc(String altname, Instant since) {
        KrakenResponse<KrakenOhlc> answer = http.getJson("/0/public/OHLC?pair=" + encode(altname) + "&interval=1440&since="
                + since.getEpochSecond(), Map.of(), OHLC, refused -> KrakenErrors.transientRefusal(refused, "OHLC " + altname));
        return KrakenErrors.resultOf(answer, source(), "OHLC " + altname, altname);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
