package com.cryptorebalancer.adapter.out.market.coingecko;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One coin's entry in {@code GET /api/v3/simple/price?...&vs_currencies=usd&include_last_updated_at=true}, whose
 * answer maps ids to these: {@code {"bitcoin":{"usd":67187.34,"last_updated_at":1711356300}}}. An id CoinGecko
 * does not know is absent from the map; a coin without a USD market has no {@code usd}.
 *
 * @param usd           the USD price, or null
 * @param lastUpdatedAt when CoinGecko last updated it, in UNIX seconds, or null
 */
record CoinGeckoSimplePrice(@JsonProperty("usd") BigDecimal usd,
                            @JsonProperty("last_updated_at") Long lastUpdatedAt) {
}
