package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import com.cryptorebalancer.domain.money.Decimals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Applies shocks to today's holdings: each coin moves by its own shock, else by its group's, else not at all. */
public final class ShockScenario {

    private ShockScenario() {
    }

    /** @throws IllegalArgumentException when a coin or a group is shocked twice */
    public static ShockResult apply(List<Exposure> exposures, List<Shock> shocks) {
        Objects.requireNonNull(exposures, "shocks need the holdings");
        Objects.requireNonNull(shocks, "shocks must not be null");
        Map<Asset, Shock> byCoin = new LinkedHashMap<>();
        Map<Group, Shock> byGroup = new LinkedHashMap<>();
        for (Shock shock : shocks) {
            Shock previous = shock instanceof Shock.OnCoin coin ? byCoin.put(coin.coin(), shock)
                    : byGroup.put(((Shock.OnGroup) shock).group(), shock);
            if (previous != null) {
                throw new IllegalArgumentException(shock.target() + " is shocked twice: " + previous.change()
                        + " and " + shock.change());
            }
        }
        Set<Shock> used = new HashSet<>();
        List<CoinImpact> coins = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal change = BigDecimal.ZERO;
        for (Exposure exposure : exposures) {
            Shock shock = byCoin.getOrDefault(exposure.coin(), byGroup.get(exposure.group()));
            BigDecimal move = shock == null ? BigDecimal.ZERO : shock.change();
            BigDecimal usd = exposure.valueUsd().multiply(move);
            if (shock != null) {
                used.add(shock);
            }
            coins.add(new CoinImpact(exposure.coin(), exposure.group(), exposure.valueUsd(), move,
                    shock == null ? null : shock.target(), usd));
            total = total.add(exposure.valueUsd());
            change = change.add(usd);
        }
        coins.sort(Comparator.comparing(CoinImpact::changeUsd).thenComparing(CoinImpact::coin)
                .thenComparing(impact -> impact.group().key()));
        List<Shock> unmatched = shocks.stream().filter(shock -> !used.contains(shock)).toList();
        double fraction = total.signum() == 0 ? Double.NaN : change.divide(total, Decimals.MC).doubleValue();
        return new ShockResult(shocks, total, change, fraction, groups(coins), coins, unmatched);
    }

    private static List<GroupImpact> groups(List<CoinImpact> coins) {
        Map<Group, BigDecimal[]> sums = new LinkedHashMap<>();
        for (CoinImpact coin : coins) {
            BigDecimal[] sum = sums.computeIfAbsent(coin.group(), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(coin.valueUsd());
            sum[1] = sum[1].add(coin.changeUsd());
        }
        List<GroupImpact> groups = new ArrayList<>();
        sums.forEach((group, sum) -> groups.add(new GroupImpact(group, sum[0], sum[1],
                sum[1].divide(sum[0], Decimals.MC).doubleValue())));
        groups.sort(Comparator.comparing(GroupImpact::changeUsd).thenComparing(impact -> impact.group().key()));
        return groups;
    }
}
