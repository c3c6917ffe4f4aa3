package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
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

    private final Map<Location, Location> canonical;
    private final Map<Location, Location> staking = new HashMap<>();

    /**
     * An indexer for these holdings: the unit prices the pattern rules use as evidence are the holdings'
     * own (value / quantity over positive holdings), and each location gets one spelling.
     */
    PortfolioIndexer(Taxonomy taxonomy, List<Holding> holdings) {
        this.taxonomy = taxonomy;
        this.unitPrices = unitPrices(holdings);
        this.canonical = canonicalLocations(holdings);
    }

    /** The position of a holding: classified, placed, numbered. */
    Position position(Holding holding) {
        holding = placed(holding);
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

    /**
     * The holding at its location's one spelling; a staked balance (Kraken's DOT.S) in the exchange's
     * staking account, not beside the spot coins.
     */
    private Holding placed(Holding holding) {
        Location location = canonical.get(holding.location());
        if (taxonomy.isStakedSpelling(holding.asset())) {
            location = staking.computeIfAbsent(location, place -> taxonomy.locationRules().locate(place.name() + " staking"));
        }
        return location == holding.location() ? holding : holding.at(location);
    }

    /**
     * One spelling per location: "kraken" and "Kraken" are one place (equal keys), shown as the spelling
     * that sorts first, so that what is shown never depends on which row came first.
     */
    private static Map<Location, Location> canonicalLocations(List<Holding> holdings) {
        Map<Location, Location> canonical = new HashMap<>();
        for (Holding holding : holdings) {
            canonical.merge(holding.location(), holding.location(),
                    (kept, other) -> other.name().compareTo(kept.name()) < 0 ? other : kept);
        }
        return canonical;
    }

    private static Map<Asset, BigDecimal> unitPrices(List<Holding> holdings) {
        Map<Asset, BigDecimal[]> sums = new HashMap<>();
        for (Holding holding : holdings) {
            if (holding.isPriced() && holding.value().value().signum() > 0) {
                BigDecimal[] sum = sums.computeIfAbsent(holding.asset(), a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(holding.value().value());
                sum[1] = sum[1].add(holding.quantity().value());
            }
        }
        Map<Asset, BigDecimal> prices = new HashMap<>();
        sums.forEach((asset, sum) -> prices.put(asset, sum[0].divide(sum[1], Decimals.MC)));
        return prices;
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
