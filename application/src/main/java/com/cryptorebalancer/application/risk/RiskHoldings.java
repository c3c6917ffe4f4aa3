package com.cryptorebalancer.application.risk;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.risk.RiskHolding;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current portfolio's coins as the risk report takes them: the positions its view counts (negative
 * balances, unpriced and dust positions left out, as the portfolio's totals leave them out), summed by
 * coin over every location, largest value first.
 */
final class RiskHoldings {

    private RiskHoldings() {
    }

    static List<RiskHolding> of(CurrentPortfolio current) {
        // the view's exclusions are the portfolio's own Position instances: matched by identity, since
        // two identical holdings at one place are two positions
        Set<Position> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Exclusion exclusion : current.view().overview().excluded()) {
            excluded.add(exclusion.position());
        }
        Map<Asset, BigDecimal> quantities = new LinkedHashMap<>();
        Map<Asset, BigDecimal> values = new HashMap<>();
        Map<Asset, Map<Group, BigDecimal>> groups = new HashMap<>();
        for (Position position : current.portfolio().positions()) {
            if (excluded.contains(position)) {
                continue;
            }
            BigDecimal value = position.value().value();
            quantities.merge(position.coin(), position.holding().quantity().value(), BigDecimal::add);
            values.merge(position.coin(), value, BigDecimal::add);
            groups.computeIfAbsent(position.coin(), c -> new HashMap<>()).merge(position.group(), value, BigDecimal::add);
        }
        List<RiskHolding> holdings = new ArrayList<>(quantities.size());
        quantities.forEach((coin, quantity) -> holdings.add(new RiskHolding(coin, mainGroup(groups.get(coin)), quantity,
                new UsdAmount(values.get(coin)))));
        holdings.sort(Comparator.comparing((RiskHolding h) -> h.value().value()).reversed()
                .thenComparing(RiskHolding::coin));
        return holdings;
    }

    /** A coin the taxonomy put in two groups counts in the one that holds more of its value (then by name). */
    private static Group mainGroup(Map<Group, BigDecimal> byGroup) {
        return byGroup.entrySet().stream().max(Map.Entry.<Group, BigDecimal>comparingByValue()
                .thenComparing(e -> e.getKey().key(), Comparator.reverseOrder())).orElseThrow().getKey();
    }
}
