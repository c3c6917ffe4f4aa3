package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts exclusions in a fixed order, whatever the order of the input: group (taxonomy order), coin,
 * location, reason, then ticker and quantity. A portfolio can have tens of thousands of exclusions
 * (dust), so each one's place is first worked out as a number from its position's ids and the numbers
 * are sorted; only exclusions that tie on it are compared field by field.
 */
final class ExclusionOrder {

    private static final Comparator<Exclusion> TIE_BREAK = Comparator
            .comparing((Exclusion e) -> e.position().holding().asset())
            .thenComparing(e -> e.position().holding().quantity().value());

    private ExclusionOrder() {
    }

    static List<Exclusion> sorted(List<Exclusion> exclusions, Portfolio portfolio) {
        int[] coinRank = coinRanks(portfolio);
        int[] locationRank = locationRanks(portfolio);
        long reasons = Exclusion.Reason.values().length;
        long perCoin = locationRank.length * reasons;
        int n = exclusions.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Exclusion exclusion = exclusions.get(i);
            Position position = exclusion.position();
            long order = coinRank[position.coinId()] * perCoin + locationRank[position.locationId()] * reasons
                    + exclusion.reason().ordinal();
            keys[i] = order * n + i; // the index rides along in the low digits
        }
        Arrays.sort(keys);
        List<Exclusion> sorted = new ArrayList<>(n);
        int runStart = 0;
        for (int k = 0; k < n; k++) {
            sorted.add(exclusions.get((int) (keys[k] % n)));
            boolean runEnds = k == n - 1 || keys[k + 1] / n != keys[k] / n;
            if (runEnds) {
                if (k > runStart) {
                    sorted.subList(runStart, k + 1).sort(TIE_BREAK);
                }
                runStart = k + 1;
            }
        }
        return sorted;
    }

    /** Each coin id's place among the portfolio's coins: by group in taxonomy order, then by ticker. */
    private static int[] coinRanks(Portfolio portfolio) {
        List<Classification> coins = portfolio.coins();
        Taxonomy taxonomy = portfolio.taxonomy();
        Integer[] ids = new Integer[coins.size()];
        Arrays.setAll(ids, i -> i);
        Arrays.sort(ids, Comparator.comparingInt((Integer id) -> taxonomy.rank(coins.get(id).group()))
                .thenComparing(id -> coins.get(id).coin()));
        int[] rank = new int[ids.length];
        for (int r = 0; r < ids.length; r++) {
            rank[ids[r]] = r;
        }
        return rank;
    }

    /** Each location id's place among the portfolio's locations, by name. */
    private static int[] locationRanks(Portfolio portfolio) {
        List<Location> locations = portfolio.locations();
        Integer[] ids = new Integer[locations.size()];
        Arrays.setAll(ids, i -> i);
        Arrays.sort(ids, Comparator.comparing(locations::get));
        int[] rank = new int[ids.length];
        for (int r = 0; r < ids.length; r++) {
            rank[ids[r]] = r;
        }
        return rank;
    }
}
