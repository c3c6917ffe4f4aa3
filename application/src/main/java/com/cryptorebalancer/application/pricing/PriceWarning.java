package com.cryptorebalancer.application.pricing;

import com.cryptorebalancer.domain.money.Asset;

/**
 * Something about a price the owner should know before trading on it.
 *
 * @param code    {@code stablecoin_off_peg}, {@code sources_disagree}, {@code stale_price}, {@code source_failed}
 *                or {@code no_live_price}
 * @param asset   the coin, or null for a warning about a source as a whole
 * @param message in words, with the figures
 */
public record PriceWarning(String code, Asset asset, String message) {
}
