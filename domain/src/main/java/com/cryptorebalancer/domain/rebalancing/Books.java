package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Exclusion;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eligible holdings arranged for planning: group, then coin, then slot in sell order. Where buys
 * go (the exchange accounts holding a coin, a group, the portfolio) is worked out only when asked,
 * since only the few coins bought need it.
 */
final class Books {

    final Map<Group, GroupBook> groups = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    private Map<Asset, List<CoinBook>> coinsBySymbol;
    private final Map<Group, Optional<Location>> mainExchangeByGroup = new HashMap<>();
    private Optional<Location> mainExchange;

    /**
     * Arranges the holdings that count; those that do not ({@link Portfolio#exclusionReason}) are added
     * to {@code excluded}, in one pass over the portfolio.
     */
    static Books of(Portfolio portfolio, BigDecimal minUsd, List<Exclusion> excluded) {
        Books books = new Books();
        for (Group group : portfolio.taxonomy().groups()) {
            books.groups.put(group, new GroupBook(group));
        }
        CoinBook[] coins = new CoinBook[portfolio.coinCount()];
        Slot[] slots = new Slot[portfolio.slotCount()];
        for (Position position : portfolio.positions()) {
            Exclusion.Reason reason = Portfolio.exclusionReason(position.holding(), minUsd);
            if (reason == null) {
                books.hold(position, coins, slots);
            } else {
                excluded.add(new Exclusion(position, reason));
            }
        }
        for (GroupBook group : books.groups.values()) {
            for (CoinBook coin : group.coins) {
                group.value = group.value.add(coin.value);
            }
            group.coins.sort(CoinBook.LARGEST_FIRST);
            books.total = books.total.add(group.value);
        }
        return books;
    }

    /** Adds an eligible position to its coin's total and its slot (a new one, or one it merges into). */
    private void hold(Position position, CoinBook[] coins, Slot[] slots) {
        Holding holding = position.holding();
        BigDecimal value = holding.value().value();
        CoinBook coin = coins[position.coinId()];
        if (coin == null) {
            GroupBook group = groups.computeIfAbsent(position.group(), GroupBook::new);
            coin = new CoinBook(position.coin(), group);
            group.coins.add(coin);
            coins[position.coinId()] = coin;
        }
        coin.value = coin.value.add(value); // totals as the holdings stream by, while each value is at hand
        Slot slot = slots[position.slotId()];
        if (slot != null) {
            slot.add(value, holding.quantity().value(), holding.priceSource(), holding.pricedAt());
            return;
        }
        slot = new Slot(position.coin(), position.location(), value, holding.quantity().value(),
                holding.priceSource(), holding.pricedAt());
        slots[position.slotId()] = slot;
        coin.slots.add(slot);
    }

    /** The exchange spot account holding the most of this coin, if any. */
    Optional<Location> spotHolding(Asset coin) {
        if (coinsBySymbol == null) {
            coinsBySymbol = new HashMap<>();
            groups.values().forEach(g -> g.coins.forEach(c -> coinsBySymbol.computeIfAbsent(c.coin, k -> new ArrayList<>()).add(c)));
        }
        Map<Location, BigDecimal> held = new HashMap<>();
        coinsBySymbol.getOrDefault(coin, List.of()).forEach(c -> addSpot(c, held));
        return largest(held);
    }

    /** The exchange spot account holding the most of this group. */
    Optional<Location> mainExchange(Group group) {
        return mainExchangeByGroup.computeIfAbsent(group, g -> {
            Map<Location, BigDecimal> held = new HashMap<>();
            groups.get(g).coins.forEach(c -> addSpot(c, held));
            return largest(held);
        });
    }

    /** The exchange spot account holding the most of the portfolio. */
    Optional<Location> mainExchange() {
        if (mainExchange == null) {
            Map<Location, BigDecimal> held = new HashMap<>();
            groups.values().forEach(g -> g.coins.forEach(c -> addSpot(c, held)));
            mainExchange = largest(held);
        }
        return mainExchange;
    }

    List<GroupBook> groupsInOrder() {
        return new ArrayList<>(groups.values());
    }

    /** The coin's value by exchange spot account; sub-accounts (futures, margin, funding) are no place to buy into. */
    private static void addSpot(CoinBook coin, Map<Location, BigDecimal> held) {
        for (Slot slot : coin.slots) {
            if (slot.location.kind() == LocationKind.EXCHANGE_SPOT && !slot.location.isSubAccount()) {
                held.merge(slot.location, slot.value, BigDecimal::add);
            }
        }
    }

    /** The location holding the most; ties go to the first name in alphabetical order, so plans do not vary. */
    private static Optional<Location> largest(Map<Location, BigDecimal> values) {
        return values.entrySet().stream()
                .max(Map.Entry.<Location, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
