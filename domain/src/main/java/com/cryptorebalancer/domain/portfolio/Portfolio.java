package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Holdings classified by a taxonomy: the input of every total, overview and plan. */
public final class Portfolio {

    private final List<Position> positions;
    private final Taxonomy taxonomy;
    private final List<Classification> coins;
    private final int slotCount;
    private final List<Location> locations;
    private final List<UnknownAlias> unknownAliases;
    private final PriceBook localPrices;

    private Portfolio(List<Position> positions, Taxonomy taxonomy, List<Classification> coins, int slotCount,
                      List<Location> locations, PriceBook localPrices) {
        this.positions = List.copyOf(positions);
        this.taxonomy = taxonomy;
        this.coins = List.copyOf(coins);
        this.slotCount = slotCount;
        this.locations = List.copyOf(locations);
        this.unknownAliases = List.copyOf(UnknownAliases.of(this.positions));
        this.localPrices = localPrices;
    }

    /**
     * Classifies every holding ({@link PortfolioIndexer}). Each distinct (ticker, name) is classified once;
     * the unit prices the pattern rules use as evidence are the holdings' own (value / quantity over
     * positive holdings).
     */
    public static Portfolio classify(List<Holding> holdings, Taxonomy taxonomy) {
        PortfolioIndexer indexer = new PortfolioIndexer(taxonomy, holdings);
        List<Position> positions = new ArrayList<>(holdings.size());
        for (Holding holding : holdings) {
            positions.add(indexer.position(holding));
        }
        return new Portfolio(positions, taxonomy, indexer.coins(), indexer.slotCount(), indexer.locations(),
                indexer.localPrices());
    }

    /** How much of each coin the holdings hold in all: every location, dust and debts included. */
    public Map<Asset, BigDecimal> quantitiesByCoin() {
        Map<Asset, BigDecimal> quantities = new TreeMap<>();
        for (Position position : positions) {
            quantities.merge(position.coin(), position.holding().quantity().value(), BigDecimal::add);
        }
        return quantities;
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
     * total quantity of its positive priced holdings, timed at the latest of their valuations.
     */
    public PriceBook localPrices() {
        return localPrices;
    }

    /** Tickers nothing recognised, largest value first, so a person can assign the ones that matter. */
    public List<UnknownAlias> unknownAliases() {
        return unknownAliases;
    }

}
