package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.application.port.out.PriceSourceException;
import com.cryptorebalancer.domain.money.Asset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which CoinGecko coin id a ticker means. CoinGecko names coins by id, and many ids share a symbol (dozens of
 * bridged tokens are {@code "eth"}), so, in this order: the owner's override; else the only coin listed with
 * that symbol; else the one with the largest market cap.
 *
 * <p>The coins list is fetched on first need and again once it is {@link #LIST_MAX_AGE} old: it is large
 * (about 17,000 coins), changes slowly, and counts against the rate limit. Ambiguity is settled only for the
 * symbols asked for, and each settlement (including "none has a market cap") is remembered with the list, so
 * later valuations cost no extra request. A failed refresh keeps the list held and tries again
 * {@link #RETRY_FAILED_REFRESH} later; only a first fetch that fails fails the request.
 */
final class CoinGeckoSymbols {

    /** How long a fetched coins list is used: a coin CoinGecko lists later is known within a day. */
    static final Duration LIST_MAX_AGE = Duration.ofHours(24);
    /** How long a list that could not be refreshed is used before the next try. */
    static final Duration RETRY_FAILED_REFRESH = Duration.ofMinutes(10);

    private final CoinGeckoClient client;
    private final Map<String, String> overrides;
    private final Clock clock;
    private final Map<String, Optional<String>> settled = new HashMap<>();
    private Map<String, List<String>> idsBySymbol;
    private Instant refreshAt;

    /** @param overrides ticker (any case) to CoinGecko id; they win over everything */
    CoinGeckoSymbols(CoinGeckoClient client, Map<String, String> overrides, Clock clock) {
        this.client = client;
        this.overrides = normalised(overrides);
        this.clock = clock;
    }

    /** The ids of the coins CoinGecko lists unambiguously enough; a coin it does not is absent. */
    synchronized Map<Asset, String> idsFor(Set<Asset> coins) {
        if (coins.stream().anyMatch(coin -> !overrides.containsKey(coin.symbol()))) {
            refreshIfOld(); // coins that are all overridden need no list
        }
        Map<Asset, String> ids = new HashMap<>();
        List<Asset> ambiguous = new ArrayList<>();
        for (Asset coin : coins) {
            String symbol = coin.symbol();
            if (overrides.containsKey(symbol)) {
                ids.put(coin, overrides.get(symbol));
            } else if (settled.containsKey(symbol)) {
                settled.get(symbol).ifPresent(id -> ids.put(coin, id));
            } else {
                List<String> candidates = candidates(symbol);
                if (candidates.size() == 1) {
                    ids.put(coin, candidates.get(0));
                } else if (candidates.size() > 1) {
                    ambiguous.add(coin);
                }
            }
        }
        if (!ambiguous.isEmpty()) {
            settleByMarketCap(ambiguous);
            ambiguous.forEach(coin -> settled.get(coin.symbol()).ifPresent(id -> ids.put(coin, id)));
        }
        return ids;
    }

    /** Why {@link #idsFor} has no id for this coin, for a message. */
    synchronized String whyUnknown(Asset coin) {
        int candidates = candidates(coin.symbol()).size();
        if (candidates == 0) {
            return "no coin with symbol " + coin.symbol().toLowerCase(Locale.ROOT) + " in its coins list";
        }
        return candidates + " coins share the symbol " + coin.symbol().toLowerCase(Locale.ROOT)
                + " and none has a market cap to choose by; name the one meant in an id override";
    }

    private void settleByMarketCap(List<Asset> ambiguous) {
        Set<String> allCandidates = new LinkedHashSet<>();
        ambiguous.forEach(coin -> allCandidates.addAll(candidates(coin.symbol())));
        List<CoinGeckoMarket> markets = client.markets(allCandidates);
        for (Asset coin : ambiguous) {
            settled.put(coin.symbol(), CoinGeckoAdapters.adaptLargestMarketCap(candidates(coin.symbol()), markets));
        }
    }

    /** Fetches the coins list when none is held or the one held is old. */
    private void refreshIfOld() {
        Instant now = clock.instant();
        if (idsBySymbol != null && now.isBefore(refreshAt)) {
            return;
        }
        try {
            List<CoinGeckoCoin> listed = client.coinsList();
            if (listed.isEmpty() && idsBySymbol != null) { // a list cut short is no reason to forget every coin
                throw new PriceSourceException(client.source(), "/api/v3/coins/list answered an empty list");
            }
            Map<String, List<String>> index = new HashMap<>();
            for (CoinGeckoCoin coin : listed) {
                index.computeIfAbsent(coin.symbol().strip().toUpperCase(Locale.ROOT), s -> new ArrayList<>()).add(coin.id());
            }
            idsBySymbol = index;
            settled.clear(); // market caps move too: ambiguities are settled again against the new list
            refreshAt = now.plus(LIST_MAX_AGE);
        } catch (PriceSourceException e) {
            if (idsBySymbol == null) {
                throw e;
            }
            refreshAt = now.plus(RETRY_FAILED_REFRESH); // the list held still answers; the source's health says why
        }
    }

    private List<String> candidates(String symbol) {
        if (idsBySymbol == null) {
            refreshIfOld();
        }
        return idsBySymbol.getOrDefault(symbol, List.of());
    }

    private static Map<String, String> normalised(Map<String, String> overrides) {
        Map<String, String> bySymbol = new HashMap<>();
        overrides.forEach((symbol, id) -> {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("CoinGecko id override for " + symbol + " must not be blank");
            }
            String previous = bySymbol.put(Asset.of(symbol).symbol(), id.strip());
            if (previous != null && !previous.equals(id.strip())) {
                throw new IllegalArgumentException("CoinGecko id overrides name two ids for " + Asset.of(symbol)
                        + ": " + previous + " and " + id.strip());
            }
        });
        return Map.copyOf(bySymbol);
    }
}
