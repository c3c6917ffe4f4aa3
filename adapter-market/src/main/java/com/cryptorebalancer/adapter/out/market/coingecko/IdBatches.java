package com.cryptorebalancer.adapter.out.market.coingecko;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Splits coin ids into comma-separated query values that each fit a count and a length. */
final class IdBatches {

    private IdBatches() {
    }

    /**
     * The distinct ids, sorted, in batches of at most {@code maxIds} ids whose joined, encoded text has at
     * most {@code maxChars} characters (an id longer than that alone goes in a batch of its own).
     * Sorted because the same portfolio then asks the same URLs, which CoinGecko's cache can answer.
     */
    static List<List<String>> split(Collection<String> ids, int maxIds, int maxChars) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int chars = 0;
        for (String id : new TreeSet<>(ids)) {
            int length = encode(id).length();
            if (!batch.isEmpty() && (batch.size() >= maxIds || chars + 1 + length > maxChars)) {
                batches.add(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
            chars += batch.isEmpty() ? length : 1 + length;
            batch.add(id);
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** The ids as one query value: each encoded, separated by plain commas (as CoinGecko documents). */
    static String join(List<String> ids) {
        return ids.stream().map(IdBatches::encode).collect(Collectors.joining(","));
    }

    /** Percent-encoded for a query value or a path segment (a space as {@code %20}, never {@code +}). */
    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
