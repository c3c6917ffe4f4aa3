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

    /** A ticker's classification, the id of the (group, coin) it stands for, and whether it is a staked spelling. */
    private record Classified(Classification classification, int coinId, boolean staked) {
    }

    /** A location as the file spells it, to its one spelling and id; its staking account's, once needed. */
    private static final class Place {
        Location location;
        int id = -1;
        Place staking;

        Place(Location location) {
            this.location = location;
        }
    }

    private final Taxonomy taxonomy;
    private final Map<Asset, BigDecimal> unitPrices;
    private final Map<Asset, Classified> unnamed = new HashMap<>();
    private final Map<Asset, Map<String, Classified>> named = new HashMap<>();
    private final Map<Map.Entry<Group, Asset>, Integer> coinIds = new HashMap<>();
    private final List<Classification> coins = new ArrayList<>();
    private final SlotIds slotIds = new SlotIds();
    private final Map<Location, Place> places = new HashMap<>();
    private final List<Location> locations = new ArrayList<>();
    private final LocalPrices.Sums localSums = new LocalPrices.Sums();

    /**
     * An indexer for these holdings: the unit prices the pattern rules use as evidence are the holdings'
     * own (value / quantity over positive holdings), and each location gets one spelling.
     */
    PortfolioIndexer(Taxonomy taxonomy, List<Holding> holdings) {
        this.taxonomy = taxonomy;
        this.unitPrices = firstPass(holdings);
    }

    /** The position of a holding: classified, placed, numbered; its value counted in its coin's local price. */
    Position position(Holding holding) {
        Classified classified = classified(holding);
        Place place = place(holding, classified.staked);
        if (place.id < 0) {
            place.id = locations.size();
            locations.add(place.location);
        }
        holding = place.location == holding.location() ? holding : holding.at(place.location);
        localSums.add(classified.coinId, holding);
        int slotId = slotIds.idOf(classified.coinId, place.id);
        return new Position(holding, classified.classification, classified.coinId, slotId, place.id);
    }

    /**
     * Where a holding is: its location at its one spelling; a staked balance (Kraken's DOT.S) in the
     * exchange's staking account, not beside the spot coins (the same place as rows the file itself puts
     * in "Kraken Staking").
     */
    private Place place(Holding holding, boolean staked) {
        Place place = places.get(holding.location());
        if (staked) {
            if (place.staking == null) {
                Location account = taxonomy.locationRules().locate(place.location.name() + " staking");
                place.staking = places.computeIfAbsent(account, Place::new);
            }
            place = place.staking;
        }
        return place;
    }

    /**
     * One pass over the holdings for what classifying needs to know of them all. One spelling per
     * location: "kraken" and "Kraken" are one place (equal keys), shown as the spelling that sorts first,
     * so that what is shown never depends on which row came first. And the unit price of each ticker
     * (value / quantity over its positive priced holdings), the evidence the pattern rules use.
     */
    private Map<Asset, BigDecimal> firstPass(List<Holding> holdings) {
        Map<Asset, BigDecimal[]> sums = new HashMap<>();
        for (Holding holding : holdings) {
            Location location = holding.location();
            Place place = places.computeIfAbsent(location, Place::new);
            if (location != place.location && location.name().compareTo(place.location.name()) < 0) {
                place.location = location;
            }
            if (LocalPrices.isEvidence(holding)) {
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
        return new Classified(classification, coinId, taxonomy.isStakedSpelling(asset));
    }

    /** A classification standing for each coin id, by id. */
    List<Classification> coins() {
        return coins;
    }

    /** The prices implied by the holdings indexed so far, per coin. */
    PriceBook localPrices() {
        return localSums.prices(coins);
    }

    int slotCount() {
        return slotIds.size();
    }

    /** The distinct locations, by location id. */
    List<Location> locations() {
        return locations;
    }
}
