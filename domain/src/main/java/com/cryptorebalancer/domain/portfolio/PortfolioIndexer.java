package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies holdings into positions and numbers what planning looks up: coins, (coin, location) slots
 * and locations. Each ticker (with its name, when the source printed one) is classified once.
 */
final class PortfolioIndexer {

    /** A ticker's classification and the id of the (group, coin) it stands for. */
    private record Classified(Classification classification, int coinId) {
    }

    private final Taxonomy taxonomy;
    private final Map<Asset, BigDecimal> unitPrices;
    private final Map<Asset, Classified> unnamed = new HashMap<>();
    private final Map<Asset, Map<String, Classified>> named = new HashMap<>();
    private final Map<Map.Entry<Group, Asset>, Integer> coinIds = new HashMap<>();
    private final List<Classification> coins = new ArrayList<>();
    private final Map<Long, Integer> slotIds = new HashMap<>();
    private final Map<Location, Integer> locationIds = new HashMap<>();
    private final List<Location> locations = new ArrayList<>();

    PortfolioIndexer(Taxonomy taxonomy, Map<Asset, BigDecimal> unitPrices) {
        this.taxonomy = taxonomy;
        this.unitPrices = unitPrices;
    }

    Position position(Holding holding) {
        Classified classified = classified(holding);
        Integer locationId = locationIds.get(holding.location());
        if (locationId == null) {
            locationId = locations.size();
            locationIds.put(holding.location(), locationId);
            locations.add(holding.location());
        }
        long slotKey = ((long) classified.coinId << 32) | locationId;
        Integer slotId = slotIds.get(slotKey);
        if (slotId == null) {
            slotId = slotIds.size();
            slotIds.put(slotKey, slotId);
        }
        return new Position(holding, classified.classification, classified.coinId, slotId, locationId);
    }

    private Classified classified(Holding holding) {
        Asset asset = holding.asset();
        if (holding.coinName() == null) {
            return unnamed.computeIfAbsent(asset, a -> classify(a, null));
        }
        return named.computeIfAbsent(asset, a -> new HashMap<>()).computeIfAbsent(holding.coinName(), n -> classify(asset, n));
    }

    private Classified classify(Asset asset, String name) {
        Classification classification = taxonomy.classify(asset, name, unitPrices.get(asset),
                coin -> Optional.ofNullable(unitPrices.get(coin)));
        Integer coinId = coinIds.get(Map.entry(classification.group(), classification.coin()));
        if (coinId == null) {
            coinId = coins.size();
            coinIds.put(Map.entry(classification.group(), classification.coin()), coinId);
            coins.add(classification);
        }
        return new Classified(classification, coinId);
    }

    /** A classification standing for each coin id, by id. */
    List<Classification> coins() {
        return coins;
    }

    int slotCount() {
        return slotIds.size();
    }

    /** The distinct locations, by location id. */
    List<Location> locations() {
        return locations;
    }
}
