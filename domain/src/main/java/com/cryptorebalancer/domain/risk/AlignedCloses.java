package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Daily USD closes of several coins on the days they all have (an inner join on the calendar day, as
 * risk-conventions.md asks), oldest first. Nothing is forward-filled: a day one coin lacks is a day
 * left out for all of them.
 *
 * <p>Closes are {@code double}: statistics are, amounts are not (architecture.md). The arrays are never
 * handed out; {@link #close(int, int)} and {@link #closesOf(int)} give copies or single values.
 */
public final class AlignedCloses {

    private final List<Asset> assets;
    private final List<LocalDate> days;
    /** closes[asset][day]. */
    private final double[][] closes;

    private AlignedCloses(List<Asset> assets, List<LocalDate> days, double[][] closes) {
        this.assets = List.copyOf(assets);
        this.days = List.copyOf(days);
        this.closes = closes;
    }

    /**
     * The closes of {@code history}'s coins on the days from {@code from} to {@code to} (both included)
     * that every one of them has. The coins keep the map's iteration order. A coin with two closes on one
     * day is an error: which one is true cannot be decided here.
     */
    public static AlignedCloses innerJoin(Map<Asset, ? extends Collection<DailyClose>> history,
                                          LocalDate from, LocalDate to) {
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(from, "the window's first day must not be null");
        Objects.requireNonNull(to, "the window's last day must not be null");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the window starts (" + from + ") after it ends (" + to + ")");
        }
        List<Asset> assets = new ArrayList<>(history.keySet());
        // hash maps, and the common days sorted once at the end: a tree lookup per coin and day was three
        // quarters of a 50-coin risk report's time (RiskReportBenchmark)
        List<HashMap<LocalDate, Double>> byDay = new ArrayList<>(assets.size());
        for (Asset asset : assets) {
            HashMap<LocalDate, Double> closes = new HashMap<>();
            for (DailyClose close : history.get(asset)) {
                if (!close.asset().equals(asset)) {
                    throw new IllegalArgumentException("a close of " + close.asset() + " is filed under " + asset);
                }
                if (close.day().isBefore(from) || close.day().isAfter(to)) {
                    continue;
                }
                if (closes.put(close.day(), close.closeUsd().doubleValue()) != null) {
                    throw new IllegalArgumentException(asset + " has two closes on " + close.day());
                }
            }
            byDay.add(closes);
        }
        List<LocalDate> common = new ArrayList<>();
        if (!byDay.isEmpty()) {
            for (LocalDate day : byDay.get(0).keySet()) {
                if (byDay.stream().allMatch(closes -> closes.containsKey(day))) {
                    common.add(day);
                }
            }
            common.sort(null);
        }
        double[][] closes = new double[assets.size()][common.size()];
        for (int a = 0; a < assets.size(); a++) {
            for (int d = 0; d < common.size(); d++) {
                closes[a][d] = byDay.get(a).get(common.get(d));
            }
        }
        return new AlignedCloses(assets, common, closes);
    }

    /** Aligned closes given directly, {@code closes[asset][day]}, for callers that already aligned them. */
    public static AlignedCloses of(List<Asset> assets, List<LocalDate> days, double[][] closes) {
        Objects.requireNonNull(assets, "assets must not be null");
        Objects.requireNonNull(days, "days must not be null");
        Objects.requireNonNull(closes, "closes must not be null");
        if (closes.length != assets.size()) {
            throw new IllegalArgumentException(assets.size() + " assets but " + closes.length + " close series");
        }
        for (int d = 1; d < days.size(); d++) {
            if (!days.get(d).isAfter(days.get(d - 1))) {
                throw new IllegalArgumentException("days must be strictly increasing: " + days.get(d - 1)
                        + " then " + days.get(d));
            }
        }
        double[][] copy = new double[closes.length][];
        for (int a = 0; a < closes.length; a++) {
            if (closes[a].length != days.size()) {
                throw new IllegalArgumentException(assets.get(a) + " has " + closes[a].length + " closes for "
                        + days.size() + " days");
            }
            for (int d = 0; d < closes[a].length; d++) {
                if (!(closes[a][d] > 0) || Double.isInfinite(closes[a][d])) {
                    throw new IllegalArgumentException("close of " + assets.get(a) + " on " + days.get(d)
                            + " must be a positive number, was " + closes[a][d]);
                }
            }
            copy[a] = closes[a].clone();
        }
        return new AlignedCloses(assets, days, copy);
    }

    public List<Asset> assets() {
        return assets;
    }

    public List<LocalDate> days() {
        return days;
    }

    public int assetCount() {
        return assets.size();
    }

    public int dayCount() {
        return days.size();
    }

    public double close(int asset, int day) {
        return closes[asset][day];
    }

    public double[] closesOf(int asset) {
        return closes[asset].clone();
    }

    /** The simple daily returns r_t = P_t / P_{t-1} - 1, one fewer than the days. */
    public DailyReturns returns() {
        int n = Math.max(0, days.size() - 1);
        double[][] returns = new double[assets.size()][n];
        for (int a = 0; a < assets.size(); a++) {
            for (int t = 0; t < n; t++) {
                returns[a][t] = closes[a][t + 1] / closes[a][t] - 1.0;
            }
        }
        return DailyReturns.trusted(assets, days.isEmpty() ? null : days.get(0),
                days.subList(Math.min(1, days.size()), days.size()), returns);
    }

    /** The same closes for the coins at {@code indexes}, in that order. */
    public AlignedCloses select(int... indexes) {
        List<Asset> chosen = new ArrayList<>(indexes.length);
        double[][] rows = new double[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            chosen.add(assets.get(indexes[i]));
            rows[i] = closes[indexes[i]];
        }
        return new AlignedCloses(chosen, days, rows);
    }

    @Override
    public String toString() {
        return "AlignedCloses" + assets + " on " + days.size() + " days"
                + (days.isEmpty() ? "" : " from " + days.get(0) + " to " + days.get(days.size() - 1))
                + (closes.length > 0 && closes[0].length > 0 ? ", first " + Arrays.toString(
                        Arrays.copyOf(closes[0], Math.min(3, closes[0].length))) : "");
    }
}
