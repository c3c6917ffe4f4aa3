package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each coin's and each group's share of the fixed-weights portfolio's variance: w_i (Σw)_i / (wᵀΣw), Σ
 * the sample covariance (ddof = 1) of daily returns. The shares sum to 1; a coin that hedges the others
 * has a negative share. A group's share is the sum of its coins'.
 *
 * @param coins in the order of the returns' coins
 * @param groups in the order their first coin comes
 */
public record RiskContributions(SampleWindow sample, List<CoinShare> coins, List<GroupShare> groups) {

    /** @param weight the coin's fixed weight among the covered coins */
    public record CoinShare(Asset coin, Group group, double weight, Figure share) {
    }

    /** @param weight the sum of the group's coins' weights */
    public record GroupShare(Group group, double weight, Figure share) {
    }

    public RiskContributions {
        Objects.requireNonNull(sample, "risk contributions need their sample window");
        coins = List.copyOf(coins);
        groups = List.copyOf(groups);
    }

    /** The shares of risk of {@code returns}' coins held at {@code weights}, each coin in the group at its index. */
    public static RiskContributions of(DailyReturns returns, double[] weights, List<Group> groups) {
        return of(returns, SampleStatistics.covarianceMatrix(returns), weights, groups);
    }

    /** The same from the returns' covariance matrix, already computed. */
    static RiskContributions of(DailyReturns returns, double[][] cov, double[] weights, List<Group> groups) {
        int k = returns.assetCount();
        if (weights.length != k || groups.size() != k) {
            throw new IllegalArgumentException(k + " coins with " + weights.length + " weights and " + groups.size()
                    + " groups");
        }
        double[] sigmaW = new double[k];
        double variance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sigmaW[i] += cov[i][j] * weights[j];
            }
            variance += weights[i] * sigmaW[i];
        }
        String why = returns.count() == 0 ? ReturnStatistics.NO_RETURNS
                : returns.count() < 2 ? ReturnStatistics.ONE_RETURN
                : variance > 0 ? null : "the portfolio's returns do not vary (variance 0)";
        List<CoinShare> coins = new ArrayList<>(k);
        Map<Group, double[]> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            double share = weights[i] * sigmaW[i] / variance;
            coins.add(new CoinShare(returns.assets().get(i), groups.get(i), weights[i],
                    why == null ? Figure.of(share) : Figure.undefined(why)));
            double[] sums = byGroup.computeIfAbsent(groups.get(i), g -> new double[2]);
            sums[0] += weights[i];
            sums[1] += share;
        }
        List<GroupShare> groupShares = new ArrayList<>(byGroup.size());
        byGroup.forEach((group, sums) -> groupShares.add(new GroupShare(group, sums[0],
                why == null ? Figure.of(sums[1]) : Figure.undefined(why))));
        return new RiskContributions(SampleWindow.of(returns), coins, groupShares);
    }
}
