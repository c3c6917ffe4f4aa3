package com.cryptorebalancer.adapter.out.market.coingecko;

import com.cryptorebalancer.domain.money.Asset;
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
 * <p>The coins list is fetched once per process, on first need: it is large (about 17,000 coins), changes
 * slowly, and counts against the rate limit. Ambiguity is settled only for the symbols asked for, and each
 * settlement (including "none has a market cap") is remembered, so later valuations cost no extra request.
 * A coin listed after the list was fetched is unknown until restart, or until an override names it.
 */
final class CoinGeckoSymbols {

    private final CoinGeckoClient client;
    private final Map<String, String> overrides;
    private final Map<String, Optional<String>> settled = new HashMap<>();
    private Map<String, List<String>> idsBySymbol;

    /** @param overrides ticker (any case) to CoinGecko id; they win over everything */
    CoinGeckoSymbols(CoinGeckoClient client, Map<String, String> overrides) {
        this.client = client;
        this.overrides = normalised(overrides);
    }

    /** The ids of the coins CoinGecko lists unambiguously enough; a coin it does not is absent. */
    synchronized Map<Asset, String> idsFor(Set<Asset> coins) {
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

    private List<String> candidates(String symbol) {
        if (idsBySymbol == null) {
            Map<String, List<String>> index = new HashMap<>();
            for (CoinGeckoCoin coin : client.coinsList()) {
                index.computeIfAbsent(coin.symbol().strip().toUpperCase(Locale.ROOT), s -> new ArrayList<>()).add(coin.id());
            }
            idsBySymbol = index;
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
