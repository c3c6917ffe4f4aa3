package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Position;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eligible holdings arranged for planning: group, then coin, then slot in sell order; plus the
 * exchange accounts that decide where buys go.
 */
final class Books {

    final Map<Group, GroupBook> groups = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    private final Map<Asset, Slot> largestSpotSlotByCoin = new HashMap<>();
    private final Map<Group, Map<Location, BigDecimal>> spotValueByGroup = new HashMap<>();
    private final Map<Location, BigDecimal> spotValue = new HashMap<>();

    static Books of(List<Position> eligible, Taxonomy taxonomy) {
        Books books = new Books();
        for (Group group : taxonomy.groups()) {
            books.groups.put(group, new GroupBook(group));
        }
        Map<Asset, CoinBook> coins = new HashMap<>();
        Map<Asset, Map<Location, Slot>> slots = new HashMap<>();
        for (Position position : eligible) {
            Holding holding = position.holding();
            BigDecimal value = holding.value().value();
            GroupBook group = books.groups.computeIfAbsent(position.group(), GroupBook::new);
            CoinBook coin = coins.computeIfAbsent(position.coin(), c -> {
                CoinBook created = new CoinBook(c);
                group.coins.add(created);
                return created;
            });
            Slot slot = slots.computeIfAbsent(position.coin(), c -> new HashMap<>()).get(position.location());
            if (slot == null) {
                slot = new Slot(position.coin(), position.location(), value, holding.quantity().value(), holding.price());
                slots.get(position.coin()).put(position.location(), slot);
                coin.slots.add(slot);
            } else {
                slot.add(value, holding.quantity().value(), holding.price());
            }
            coin.value = coin.value.add(value);
            group.value = group.value.add(value);
            books.total = books.total.add(value);
        }
        books.index();
        return books;
    }

    private void index() {
        for (GroupBook group : groups.values()) {
            group.coins.sort(CoinBook.LARGEST_FIRST);
            for (CoinBook coin : group.coins) {
                coin.slots.sort(Slot.SELL_ORDER);
                for (Slot slot : coin.slots) {
                    if (slot.location.kind() == LocationKind.EXCHANGE_SPOT) {
                        largestSpotSlotByCoin.merge(coin.coin, slot, (a, b) -> a.value.compareTo(b.value) >= 0 ? a : b);
                        spotValueByGroup.computeIfAbsent(group.group, g -> new HashMap<>())
                                .merge(slot.location, slot.value, BigDecimal::add);
                        spotValue.merge(slot.location, slot.value, BigDecimal::add);
                    }
                }
            }
        }
    }

    /** The exchange spot account holding the most of this coin, if any. */
    Optional<Location> spotHolding(Asset coin) {
        return Optional.ofNullable(largestSpotSlotByCoin.get(coin)).map(s -> s.location);
    }

    /** The exchange spot account holding the most of this group. */
    Optional<Location> mainExchange(Group group) {
        return largest(spotValueByGroup.getOrDefault(group, Map.of()));
    }

    /** The exchange spot account holding the most of the portfolio. */
    Optional<Location> mainExchange() {
        return largest(spotValue);
    }

    List<GroupBook> groupsInOrder() {
        return new ArrayList<>(groups.values());
    }

    private static Optional<Location> largest(Map<Location, BigDecimal> values) {
        return values.entrySet().stream()
                .max(Map.Entry.<Location, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
