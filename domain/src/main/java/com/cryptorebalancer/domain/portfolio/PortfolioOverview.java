package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.money.Weight;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the value is: totals by group (in the taxonomy's order, each with its coins) and by location
 * (largest first), the unknown aliases, and what was left out and why.
 */
public record PortfolioOverview(UsdAmount total, List<GroupTotal> groups, List<LocationTotal> locations,
                                List<UnknownAlias> unknownAliases, List<Exclusion> excluded,
                                Map<Exclusion.Reason, UsdAmount> excludedValue) {

    /** One group's value, its share of the total, and its coins largest first. */
    public record GroupTotal(Group group, UsdAmount value, Weight weight, List<CoinTotal> coins) {
    }

    /** One coin's value inside a group. */
    public record CoinTotal(Asset coin, UsdAmount value, Weight weight) {
    }

    /** One location's value and share of the total. */
    public record LocationTotal(Location location, UsdAmount value, Weight weight, int holdings) {
    }

    public PortfolioOverview {
        groups = List.copyOf(groups);
        locations = List.copyOf(locations);
        unknownAliases = List.copyOf(unknownAliases);
        excluded = List.copyOf(excluded);
        EnumMap<Exclusion.Reason, UsdAmount> ordered = new EnumMap<>(Exclusion.Reason.class);
        ordered.putAll(excludedValue);
        excludedValue = java.util.Collections.unmodifiableMap(ordered);
    }

    public static PortfolioOverview of(Portfolio portfolio, UsdAmount minUsd) {
        Screening screening = portfolio.screen(minUsd);
        UsdAmount total = UsdAmount.ZERO;
        Map<Group, Map<Asset, UsdAmount>> byGroup = new HashMap<>();
        Map<Location, UsdAmount> byLocation = new HashMap<>();
        Map<Location, Integer> counts = new HashMap<>();
        for (Position position : screening.eligible()) {
            UsdAmount value = position.value();
            total = total.plus(value);
            byGroup.computeIfAbsent(position.group(), g -> new HashMap<>()).merge(position.coin(), value, UsdAmount::plus);
            byLocation.merge(position.location(), value, UsdAmount::plus);
            counts.merge(position.location(), 1, Integer::sum);
        }
        List<GroupTotal> groups = new ArrayList<>();
        for (Group group : portfolio.taxonomy().groups()) {
            Map<Asset, UsdAmount> coins = byGroup.getOrDefault(group, Map.of());
            UsdAmount groupValue = coins.values().stream().reduce(UsdAmount.ZERO, UsdAmount::plus);
            groups.add(new GroupTotal(group, groupValue, Weight.of(groupValue, total), coinTotals(coins, groupValue)));
        }
        List<LocationTotal> locations = new ArrayList<>();
        final UsdAmount whole = total;
        byLocation.forEach((location, value) ->
                locations.add(new LocationTotal(location, value, Weight.of(value, whole), counts.get(location))));
        locations.sort(Comparator.comparing(LocationTotal::value).reversed()
                .thenComparing(t -> t.location().key()));
        Map<Exclusion.Reason, UsdAmount> excludedValue = new EnumMap<>(Exclusion.Reason.class);
        for (Exclusion exclusion : screening.excluded()) {
            excludedValue.merge(exclusion.reason(), exclusion.position().holding().valueOrZero(), UsdAmount::plus);
        }
        return new PortfolioOverview(total, groups, locations, portfolio.unknownAliases(), screening.excluded(),
                excludedValue);
    }

    private static List<CoinTotal> coinTotals(Map<Asset, UsdAmount> coins, UsdAmount groupValue) {
        List<CoinTotal> totals = new ArrayList<>(coins.size());
        coins.forEach((coin, value) -> totals.add(new CoinTotal(coin, value, Weight.of(value, groupValue))));
        totals.sort(Comparator.comparing(CoinTotal::value).reversed().thenComparing(CoinTotal::coin));
        return totals;
    }
}
