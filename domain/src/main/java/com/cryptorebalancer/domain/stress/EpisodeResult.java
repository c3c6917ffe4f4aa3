package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An episode replayed on today's holdings.
 *
 * @param portfolioChange Σ w_i (P_end / P_start - 1) over the covered coins, weights renormalised over them;
 *                        NaN when no coin is covered ({@code coveredShare} 0 says why)
 * @param coveredShare    the share of the portfolio's value held in covered coins (0 to 1)
 * @param coveredValueUsd the value of the covered coins
 * @param coins           each covered coin's move, worst first (ties by symbol)
 * @param groups          each group with a covered coin, worst first (ties by name)
 * @param withoutHistory  the held coins without a close on both days, by symbol
 */
public record EpisodeResult(StressEpisode episode, double portfolioChange, double coveredShare,
                            BigDecimal coveredValueUsd, List<CoinMove> coins, List<GroupMove> groups,
                            List<Asset> withoutHistory) {

    public EpisodeResult {
        Objects.requireNonNull(episode, "an episode result needs its episode");
        coins = List.copyOf(coins);
        groups = List.copyOf(groups);
        withoutHistory = List.copyOf(withoutHistory);
    }

    /** The {@code n} coins that fell most (or rose least). */
    public List<CoinMove> worstCoins(int n) {
        return coins.subList(0, Math.min(n, coins.size()));
    }

    /** The {@code n} groups that fell most (or rose least). */
    public List<GroupMove> worstGroups(int n) {
        return groups.subList(0, Math.min(n, groups.size()));
    }

    /** Whether any held coin has closes on both days. */
    public boolean covered() {
        return !coins.isEmpty();
    }
}
