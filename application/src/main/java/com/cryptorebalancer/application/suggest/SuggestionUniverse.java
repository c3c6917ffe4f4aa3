package com.cryptorebalancer.application.suggest;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.SuggestQuery;
import com.cryptorebalancer.application.port.in.SuggestResult.Component;
import com.cryptorebalancer.application.port.in.SuggestResult.LeftOut;
import com.cryptorebalancer.application.port.out.PriceHistoryStore;
import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.risk.AlignedCloses;
import com.cryptorebalancer.domain.risk.DailyReturns;
import com.cryptorebalancer.domain.suggest.ReturnMatrix;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets a suggestion chooses among, built from the holdings and the stored closes of a window.
 *
 * <p>A coin is used when it has stored closes on the window's first and last days (the days between are
 * inner-joined across all used coins, never filled); a shorter history would shorten the window of all.
 * At group level each group is an index of its used coins with fixed weights equal to their current value
 * shares within the group, rebalanced daily: r_g = Σ v_c r_c / Σ v_c. A group's current weight counts all
 * of its coins' value, used or not. Groups (or coins) with no used coin are left out and listed.
 */
record SuggestionUniverse(ReturnMatrix returns, double[] currentWeights, List<Component> components,
                          List<LeftOut> leftOut, BigDecimal coveredUsd, LocalDate first, LocalDate last) {

    static SuggestionUniverse build(PortfolioOverview overview, SuggestQuery.Level level, PriceHistoryStore store,
                                    LocalDate first, LocalDate last) {
        Map<String, Map<Asset, BigDecimal>> holdings = holdings(overview, level);
        Map<Asset, String> missing = new LinkedHashMap<>();
        Map<Asset, List<DailyClose>> used = new LinkedHashMap<>();
        holdings.values().forEach(coins -> coins.keySet().forEach(coin -> {
            if (!used.containsKey(coin) && !missing.containsKey(coin)) {
                List<DailyClose> closes = store.closes(coin, first, last);
                String why = why(closes, first, last);
                if (why == null) {
                    used.put(coin, closes);
                } else {
                    missing.put(coin, why);
                }
            }
        }));
        List<String> names = new ArrayList<>();
        List<Map<Asset, BigDecimal>> members = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        BigDecimal covered = BigDecimal.ZERO;
        for (Map.Entry<String, Map<Asset, BigDecimal>> asset : holdings.entrySet()) {
            Map<Asset, BigDecimal> withHistory = new LinkedHashMap<>();
            asset.getValue().forEach((coin, value) -> {
                if (used.containsKey(coin)) {
                    withHistory.put(coin, value);
                }
            });
            BigDecimal value = asset.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (withHistory.isEmpty()) {
                leftOut.add(leftOutAsset(level, asset.getKey(), value, asset.getValue(), missing));
                continue;
            }
            asset.getValue().keySet().stream().filter(missing::containsKey).forEach(coin -> leftOut.add(new LeftOut(
                    coin.symbol(), LeftOut.Kind.COIN, asset.getValue().get(coin),
                    missing.get(coin) + "; left out of the " + asset.getKey() + " index")));
            names.add(asset.getKey());
            members.add(withHistory);
            values.add(value.doubleValue());
            covered = covered.add(withHistory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (names.isEmpty()) {
            throw new InvalidCommandException(null, "no coin of the portfolio has stored daily closes over the whole "
                    + "window " + first + " to " + last + ": import or backfill history first");
        }
        return indexed(names, members, values, used, leftOut, covered, first, last);
    }

    private static SuggestionUniverse indexed(List<String> names, List<Map<Asset, BigDecimal>> members, List<Double> values,
                                              Map<Asset, List<DailyClose>> used, List<LeftOut> leftOut,
                                              BigDecimal covered, LocalDate first, LocalDate last) {
        AlignedCloses aligned = AlignedCloses.innerJoin(used, first, last);
        if (aligned.dayCount() < 3) {
            throw new InvalidCommandException("window_days", "the coins with history share only " + aligned.dayCount()
                    + " days from " + first + " to " + last + ": a suggestion needs at least 3 (2 daily returns)");
        }
        DailyReturns daily = aligned.returns();
        List<Asset> coins = daily.assets();
        double[][] rows = new double[names.size()][daily.count()];
        List<Component> components = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            Map<Asset, BigDecimal> coinValues = members.get(a);
            double total = coinValues.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
            for (Map.Entry<Asset, BigDecimal> coin : coinValues.entrySet()) {
                double weight = coinValues.size() == 1 ? 1.0 : coin.getValue().doubleValue() / total;
                components.add(new Component(names.get(a), coin.getKey().symbol(), coin.getValue(), weight));
                double[] r = daily.of(coins.indexOf(coin.getKey()));
                for (int t = 0; t < r.length; t++) {
                    rows[a][t] += weight * r[t];
                }
            }
        }
        double[] current = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new SuggestionUniverse(ReturnMatrix.of(names, rows), current, components, leftOut, covered,
                aligned.days().get(0), aligned.days().get(aligned.dayCount() - 1));
    }

    /** Value by coin for each group (in the taxonomy's order) or for each coin alone (largest first). */
    private static Map<String, Map<Asset, BigDecimal>> holdings(PortfolioOverview overview, SuggestQuery.Level level) {
        Map<String, Map<Asset, BigDecimal>> holdings = new LinkedHashMap<>();
        for (PortfolioOverview.GroupTotal group : overview.groups()) {
            for (PortfolioOverview.CoinTotal coin : group.coins()) {
                if (coin.value().value().signum() <= 0) {
                    continue;
                }
                String name = level == SuggestQuery.Level.GROUPS ? group.group().name() : coin.coin().symbol();
                holdings.computeIfAbsent(name, n -> new LinkedHashMap<>()).merge(coin.coin(), coin.value().value(),
                        BigDecimal::add);
            }
        }
        if (level == SuggestQuery.Level.COINS) {
            List<Map.Entry<String, Map<Asset, BigDecimal>>> entries = new ArrayList<>(holdings.entrySet());
            entries.sort((a, b) -> b.getValue().values().iterator().next()
                    .compareTo(a.getValue().values().iterator().next()));
            holdings = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Asset, BigDecimal>> entry : entries) {
                holdings.put(entry.getKey(), entry.getValue());
            }
        }
        return holdings;
    }

    /** Why a coin's closes cannot be used over the window, or null when they can. */
    private static String why(List<DailyClose> closes, LocalDate first, LocalDate last) {
        if (closes.isEmpty()) {
            return "no stored daily closes from " + first + " to " + last;
        }
        LocalDate from = closes.get(0).day();
        LocalDate to = closes.get(closes.size() - 1).day();
        if (from.isAfter(first) || to.isBefore(last)) {
            return "stored daily closes cover only " + from + " to " + to + " of the window " + first + " to " + last;
        }
        return null;
    }

    private static LeftOut leftOutAsset(SuggestQuery.Level level, String name, BigDecimal value,
                                        Map<Asset, BigDecimal> coins, Map<Asset, String> missing) {
        if (level == SuggestQuery.Level.COINS) {
            return new LeftOut(name, LeftOut.Kind.COIN, value, missing.get(Asset.of(name)));
        }
        List<String> reasons = coins.keySet().stream().map(coin -> coin.symbol() + ": " + missing.get(coin)).toList();
        return new LeftOut(name, LeftOut.Kind.GROUP, value, "none of its coins has history over the window ("
                + String.join("; ", reasons) + ")");
    }
}
