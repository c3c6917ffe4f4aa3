package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The tickers nothing recognised, with their value and places, largest first. */
final class UnknownAliases {

    private UnknownAliases() {
    }

    static List<UnknownAlias> of(List<Position> positions) {
        Map<Asset, List<Position>> byTicker = new TreeMap<>();
        for (Position position : positions) {
            if (position.classification().isUnknown()) {
                byTicker.computeIfAbsent(position.coin(), a -> new ArrayList<>()).add(position);
            }
        }
        List<UnknownAlias> unknown = new ArrayList<>(byTicker.size());
        byTicker.forEach((ticker, held) -> {
            BigDecimal value = BigDecimal.ZERO;
            TreeSet<String> locations = new TreeSet<>();
            String name = null;
            for (Position position : held) {
                Holding holding = position.holding();
                if (holding.isPriced() && !holding.value().isNegative()) {
                    value = value.add(holding.value().value());
                }
                locations.add(holding.location().name());
                // the name that sorts first, not the first one read: the report must not depend on row order
                String printed = holding.coinName();
                name = printed == null || (name != null && name.compareTo(printed) <= 0) ? name : printed;
            }
            unknown.add(new UnknownAlias(ticker, name, new UsdAmount(value), held.size(), new ArrayList<>(locations)));
        });
        unknown.sort(Comparator.comparing(UnknownAlias::value).reversed().thenComparing(UnknownAlias::symbol));
        return unknown;
    }
}
