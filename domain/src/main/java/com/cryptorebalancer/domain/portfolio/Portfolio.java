package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Decimals;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Holdings classified by a taxonomy: the input of every total, overview and plan. */
public final class Portfolio {

    private final List<Position> positions;
    private final Taxonomy taxonomy;
    private final List<Classification> coins;
    private final int slotCount;
    private final List<Location> locations;
    private final List<UnknownAlias> unknownAliases;

    private Portfolio(List<Position> positions, Taxonomy taxonomy, List<Classification> coins, int slotCount,
                      List<Location> locations) {
        this.positions = List.copyOf(positions);
        this.taxonomy = taxonomy;
        this.coins = List.copyOf(coins);
        this.slotCount = slotCount;
        this.locations = List.copyOf(locations);
        this.unknownAliases = List.copyOf(findUnknownAliases(this.positions));
    }

    /**
     * Classifies every holding ({@link PortfolioIndexer}). Each distinct (ticker, name) is classified once;
     * the unit prices the pattern rules use as evidence are the holdings' own (value / quantity over
     * positive holdings).
     */
    public static Portfolio classify(List<Holding> holdings, Taxonomy taxonomy) {
        Map<Asset, BigDecimal[]> sums = new HashMap<>();
        for (Holding holding : holdings) {
            if (holding.isPriced() && !holding.isNegative() && !holding.quantity().isZero()) {
                BigDecimal[] sum = sums.computeIfAbsent(holding.asset(), a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(holding.value().value());
                sum[1] = sum[1].add(holding.quantity().value());
            }
        }
        Map<Asset, BigDecimal> unitPrices = new HashMap<>();
        sums.forEach((asset, sum) -> {
            if (sum[0].signum() > 0 && sum[1].signum() > 0) {
                unitPrices.put(asset, sum[0].divide(sum[1], Decimals.MC));
            }
        });
        PortfolioIndexer indexer = new PortfolioIndexer(taxonomy, unitPrices);
        Map<Location, Location> canonical = canonicalLocations(holdings);
        Map<Location, Location> staking = new HashMap<>();
        List<Position> positions = new ArrayList<>(holdings.size());
        for (Holding holding : holdings) {
            Location location = canonical.get(holding.location());
            if (taxonomy.isStakedSpelling(holding.asset())) {
                // a staked balance sits in the exchange's staking account, not beside the spot coins
                location = staking.computeIfAbsent(location, place -> taxonomy.locationRules().locate(place.name() + " staking"));
            }
            positions.add(indexer.position(location == holding.location() ? holding : holding.at(location)));
        }
        return new Portfolio(positions, taxonomy, indexer.coins(), indexer.slotCount(), indexer.locations());
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

    public List<Position> positions() {
        return positions;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** How many distinct (group, coin) pairs the positions have: their coin ids run from 0 to this, excluded. */
    public int coinCount() {
        return coins.size();
    }

    /** A classification of each coin id (the group and coin it stands for), by id. */
    public List<Classification> coins() {
        return coins;
    }

    /** The distinct locations, by location id. */
    public List<Location> locations() {
        return locations;
    }

    /** How many distinct (group, coin, location) triples the positions have: their slot ids run from 0 to this, excluded. */
    public int slotCount() {
        return slotCount;
    }

    /**
     * Splits positions into those that count and those left out: negative balances first, then
     * positions without a price, then those worth less than {@code minUsd}.
     */
    public Screening screen(UsdAmount minUsd) {
        List<Position> eligible = new ArrayList<>(positions.size());
        List<Exclusion> excluded = new ArrayList<>();
        for (Position position : positions) {
            Exclusion.Reason reason = exclusionReason(position.holding(), minUsd.value());
            if (reason == null) {
                eligible.add(position);
            } else {
                excluded.add(new Exclusion(position, reason));
            }
        }
        return new Screening(eligible, excluded);
    }

    /**
     * Why a holding does not count, or null when it does: a negative balance, then no price, then a
     * value below {@code minUsd} (or of zero). The one rule for every total and every plan.
     */
    public static Exclusion.Reason exclusionReason(Holding holding, BigDecimal minUsd) {
        if (!holding.isPriced()) {
            return holding.isNegative() ? Exclusion.Reason.NEGATIVE_BALANCE : Exclusion.Reason.NO_PRICE;
        }
        // a priced holding's value has the sign of its quantity (Holding checks it): no need to read both
        BigDecimal value = holding.value().value();
        if (value.signum() < 0) {
            return Exclusion.Reason.NEGATIVE_BALANCE;
        }
        return value.compareTo(minUsd) < 0 ? Exclusion.Reason.DUST : null;
    }

    /**
     * The prices implied by the holdings themselves ("local" pricing): per coin, total value over
     * total quantity of its positive priced holdings, timed at the latest of their prices.
     */
    public PriceBook localPrices() {
        // summed by coin id (an array, not a map: a large portfolio has 100,000 positions), then by coin
        BigDecimal[] values = new BigDecimal[coins.size()];
        BigDecimal[] quantities = new BigDecimal[coins.size()];
        Instant[] times = new Instant[coins.size()];
        for (Position position : positions) {
            Holding holding = position.holding();
            if (!holding.isPriced() || holding.value().value().signum() <= 0) {
                continue; // unpriced, negative or zero: no evidence of a price
            }
            int id = position.coinId();
            values[id] = values[id] == null ? holding.value().value() : values[id].add(holding.value().value());
            quantities[id] = quantities[id] == null ? holding.quantity().value() : quantities[id].add(holding.quantity().value());
            times[id] = times[id] == null || holding.pricedAt().isAfter(times[id]) ? holding.pricedAt() : times[id];
        }
        Map<Asset, BigDecimal[]> byCoin = new TreeMap<>();
        Map<Asset, Instant> latest = new HashMap<>();
        for (int id = 0; id < values.length; id++) {
            if (values[id] != null) {
                Asset coin = coins.get(id).coin();
                BigDecimal[] sum = byCoin.computeIfAbsent(coin, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(values[id]);
                sum[1] = sum[1].add(quantities[id]);
                latest.merge(coin, times[id], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Asset, Price> prices = new TreeMap<>();
        byCoin.forEach((coin, sum) -> prices.put(coin,
                new Price(coin, sum[0].divide(sum[1], Decimals.MC), PriceSource.LOCAL, latest.get(coin))));
        return PriceBook.of(prices);
    }

    /** Tickers nothing recognised, largest value first, so a person can assign the ones that matter. */
    public List<UnknownAlias> unknownAliases() {
        return unknownAliases;
    }

    private static List<UnknownAlias> findUnknownAliases(List<Position> positions) {
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
