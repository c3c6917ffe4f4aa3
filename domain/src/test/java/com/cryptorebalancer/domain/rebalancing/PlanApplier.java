package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.portfolio.Screening;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.util.List;
import java.util.Map;

/**
 * Carries a plan out on paper: eligible holdings are merged per (coin, location) as the planner sees
 * them, sells take value and quantity away, buys add them; everything else is carried over untouched.
 */
final class PlanApplier {

    static final String UNASSIGNED = "Bought elsewhere";

    private PlanApplier() {
    }

    /** A (coin, location) as the planner merges holdings. */
    record SlotKey(Asset coin, Location location) {
    }

    /** Merged value and quantity of one slot. */
    static final class Held {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        Instant asOf = Instant.EPOCH;
    }

    static Map<SlotKey, Held> eligibleSlots(Portfolio portfolio, UsdAmount minUsd) {
        Map<SlotKey, Held> slots = new LinkedHashMap<>();
        for (Position position : portfolio.screen(minUsd).eligible()) {
            Held held = slots.computeIfAbsent(new SlotKey(position.coin(), position.location()), k -> new Held());
            held.value = held.value.add(position.value().value());
            held.quantity = held.quantity.add(position.holding().quantity().value());
            held.asOf = position.holding().pricedAt();
        }
        return slots;
    }

    /** Value per group of the holdings the plan counted, once it is carried out. */
    static Map<Group, BigDecimal> groupValuesAfter(Portfolio portfolio, RebalancePlan plan) {
        Map<Asset, Group> groups = new HashMap<>();
        portfolio.positions().forEach(p -> groups.put(p.coin(), p.group()));
        plan.actions().forEach(a -> groups.put(a.coin(), a.group()));
        Map<Group, BigDecimal> values = new HashMap<>();
        applied(portfolio, plan).forEach((key, held) -> values.merge(groups.get(key.coin()), held.value, BigDecimal::add));
        return values;
    }

    static List<Holding> apply(Portfolio portfolio, RebalancePlan plan) {
        Screening screening = portfolio.screen(plan.options().minUsd());
        Map<SlotKey, Held> slots = applied(portfolio, plan);
        List<Holding> after = new ArrayList<>();
        screening.excluded().forEach(e -> after.add(e.position().holding()));
        slots.forEach((key, held) -> {
            if (held.quantity.signum() > 0 && held.value.signum() > 0) {
                after.add(Holding.valued(key.coin(), null, key.location(), new Quantity(held.quantity, key.coin()),
                        new UsdAmount(held.value), PriceSource.LOCAL, held.asOf));
            }
        });
        return after;
    }

    private static Map<SlotKey, Held> applied(Portfolio portfolio, RebalancePlan plan) {
        Map<SlotKey, Held> slots = eligibleSlots(portfolio, plan.options().minUsd());
        for (TradeAction action : plan.actions()) {
            Location location = action.location() != null ? action.location() : LocationRules.defaults().locate(UNASSIGNED);
            Held held = slots.computeIfAbsent(new SlotKey(action.coin(), location), k -> new Held());
            BigDecimal sign = action.side() == Side.SELL ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            held.value = held.value.add(action.usd().value().multiply(sign));
            held.quantity = held.quantity.add(action.estQuantity().multiply(sign));
            held.asOf = action.price().asOf();
        }
        return slots;
    }
}
