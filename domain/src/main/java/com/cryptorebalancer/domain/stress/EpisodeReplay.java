package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Replays a historical episode on today's holdings: each coin's change from its close on the episode's first
 * day to its close on its last day (exactly those days; no other day stands in for a missing one), weighted
 * by today's values over the coins that have both closes.
 */
public final class EpisodeReplay {

    private EpisodeReplay() {
    }

    /**
     * @param closes each held coin's stored closes covering the episode (more days are ignored); a coin
     *               missing from the map has no history
     */
    public static EpisodeResult replay(StressEpisode episode, List<Exposure> exposures,
                                       Map<Asset, ? extends Collection<DailyClose>> closes) {
        Objects.requireNonNull(episode, "a replay needs an episode");
        Objects.requireNonNull(exposures, "a replay needs the holdings");
        Objects.requireNonNull(closes, "a replay needs closes");
        List<Exposure> covered = new ArrayList<>();
        List<double[]> ends = new ArrayList<>();
        TreeSet<Asset> without = new TreeSet<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal coveredValue = BigDecimal.ZERO;
        for (Exposure exposure : exposures) {
            total = total.add(exposure.valueUsd());
            Collection<DailyClose> history = closes.get(exposure.coin());
            Double start = closeOn(history, episode.start());
            Double end = closeOn(history, episode.end());
            if (start == null || end == null) {
                without.add(exposure.coin());
            } else {
                covered.add(exposure);
                ends.add(new double[] {start, end});
                coveredValue = coveredValue.add(exposure.valueUsd());
            }
        }
        double coveredUsd = coveredValue.doubleValue();
        List<CoinMove> coins = new ArrayList<>();
        double change = covered.isEmpty() ? Double.NaN : 0;
        for (int i = 0; i < covered.size(); i++) {
            Exposure exposure = covered.get(i);
            double weight = exposure.valueUsd().doubleValue() / coveredUsd;
            double[] prices = ends.get(i);
            double move = prices[1] / prices[0] - 1;
            coins.add(new CoinMove(exposure.coin(), exposure.group(), weight, prices[0], prices[1], move));
            change += weight * move;
        }
        coins.sort(Comparator.comparingDouble(CoinMove::change).thenComparing(CoinMove::coin)
                .thenComparing(move -> move.group().key()));
        double share = total.signum() == 0 ? 0 : coveredUsd / total.doubleValue();
        return new EpisodeResult(episode, change, share, coveredValue, coins, groups(coins), new ArrayList<>(without));
    }

    private static Double closeOn(Collection<DailyClose> history, LocalDate day) {
        if (history == null) {
            return null;
        }
        for (DailyClose close : history) {
            if (close.day().equals(day)) {
                return close.closeUsd().doubleValue();
            }
        }
        return null;
    }

    /** Each group's value-weighted change over its covered coins, worst first. */
    private static List<GroupMove> groups(List<CoinMove> coins) {
        Map<Group, double[]> sums = new LinkedHashMap<>();
        for (CoinMove coin : coins) {
            double[] sum = sums.computeIfAbsent(coin.group(), g -> new double[3]);
            sum[0] += coin.weight();
            sum[1] += coin.weight() * coin.change();
            sum[2]++;
        }
        List<GroupMove> groups = new ArrayList<>();
        sums.forEach((group, sum) -> groups.add(new GroupMove(group, sum[0], sum[1] / sum[0], (int) sum[2])));
        groups.sort(Comparator.comparingDouble(GroupMove::change).thenComparing(move -> move.group().key()));
        return groups;
    }
}
