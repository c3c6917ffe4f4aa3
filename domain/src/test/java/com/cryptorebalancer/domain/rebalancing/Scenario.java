package com.cryptorebalancer.domain.rebalancing;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.Price;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random but reproducible planning problem built from one seed: holdings over coins of every group
 * and locations of every kind (with negative, unpriced and dust rows), targets, options and prices.
 */
record Scenario(long seed, List<Holding> holdings, TargetAllocation targets, PlanOptions options, PriceBook extraPrices) {

    private static final String[][] COINS = {
        {"BTC", "60000"}, {"WBTC", "59900"}, {"ETH", "3000"}, {"STETH", "2990"}, {"USDT", "1"}, {"USDC", "1"},
        {"SOL", "150"}, {"SOL2", "150"}, {"JITOSOL", "180"}, {"ADA", "0.7"}, {"DOT", "4.2"}, {"AVAX", "25"},
        {"ARB", "0.5"}, {"OP", "0.8"}, {"UNI", "9.5"}, {"AAVE", "250"}, {"FET", "0.6"}, {"TAO", "350"},
        {"AXS", "2.5"}, {"DOGE", "0.2"}, {"PEPE", "0.00001"}, {"BGB", "4.5"}, {"ZZZQ", "3"}, {"QQX9", "0.05"}};
    private static final String[] LOCATIONS = {"Binance", "Kraken", "Coinbase", "Kraken Earn", "Binance Earn",
        "Metamask - ETH", "Solana - StepN", "Ledger Wallets", "Ledger Wallets Staked", "Manually", "Vsync"};
    private static final Instant AS_OF = Instant.parse("2025-08-26T00:00:00Z");

    static Scenario of(long seed) {
        return of(seed, RebalanceMode.values()[(int) Math.floorMod(seed, 3L)]);
    }

    static Scenario of(long seed, RebalanceMode mode) {
        Random random = new Random(seed);
        List<Holding> holdings = holdings(random);
        TargetAllocation targets = targets(random);
        PlanOptions options = options(random, mode);
        Map<Asset, Price> extra = new TreeMap<>();
        if (random.nextBoolean()) {
            for (String coin : new String[] {"BTC", "ETH", "USDC", "SOL"}) {
                extra.put(Asset.of(coin), new Price(Asset.of(coin), new BigDecimal(price(coin)), PriceSource.LOCAL, AS_OF));
            }
        }
        return new Scenario(seed, holdings, targets, options, PriceBook.of(extra));
    }

    Portfolio portfolio() {
        return Portfolio.classify(holdings, Taxonomy.defaults());
    }

    /** The portfolio's own prices, plus the extra prices for coins it does not hold. */
    PriceBook prices(Portfolio portfolio) {
        Map<Asset, Price> merged = new TreeMap<>(extraPrices.prices());
        merged.putAll(portfolio.localPrices().prices());
        return PriceBook.of(merged);
    }

    RebalancePlan plan() {
        Portfolio portfolio = portfolio();
        return RebalancePlanner.plan(portfolio, prices(portfolio), targets, options);
    }

    private static List<Holding> holdings(Random random) {
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 40);
        int coinCount = 1 + random.nextInt(COINS.length);
        int locationCount = 1 + random.nextInt(LOCATIONS.length);
        List<Holding> holdings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] coin = COINS[random.nextInt(coinCount)];
            String location = LOCATIONS[random.nextInt(locationCount)];
            holdings.add(holding(random, coin[0], new BigDecimal(coin[1]), location));
        }
        return holdings;
    }

    private static Holding holding(Random random, String symbol, BigDecimal price, String location) {
        Asset asset = Asset.of(symbol);
        var place = LocationRules.defaults().locate(location);
        int kind = random.nextInt(40);
        // values spread over six orders of magnitude, from dust to large positions
        BigDecimal value = BigDecimal.valueOf(Math.pow(10, random.nextDouble() * 6 - 0.5)).setScale(2, RoundingMode.HALF_EVEN);
        if (value.signum() == 0) {
            value = new BigDecimal("0.01");
        }
        BigDecimal quantity = value.divide(price, 12, RoundingMode.HALF_EVEN);
        if (quantity.signum() == 0) {
            quantity = new BigDecimal("0.000000000001");
        }
        if (kind == 0) {
            return Holding.unpriced(asset, null, place, new Quantity(quantity, asset));
        }
        if (kind == 1) {
            return Holding.valued(asset, null, place, new Quantity(quantity.negate(), asset), new UsdAmount(value.negate()),
                    PriceSource.LOCAL, AS_OF);
        }
        return Holding.valued(asset, null, place, new Quantity(quantity, asset), new UsdAmount(value), PriceSource.LOCAL, AS_OF);
    }

    private static TargetAllocation targets(Random random) {
        List<Group> groups = new ArrayList<>(Taxonomy.DEFAULT_GROUPS);
        java.util.Collections.shuffle(groups, random);
        int named = 1 + random.nextInt(groups.size());
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        BigDecimal left = new BigDecimal("100");
        for (int i = 0; i < named; i++) {
            BigDecimal percent = i == named - 1 ? left
                    : left.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(2, RoundingMode.DOWN);
            percents.put(groups.get(i).name(), percent);
            left = left.subtract(percent);
        }
        if (random.nextInt(10) == 0) {
            // within the tolerance: 99.995 must still allocate the whole portfolio
            String first = groups.get(0).name();
            percents.put(first, percents.get(first).subtract(new BigDecimal("0.005")).max(BigDecimal.ZERO));
        }
        return TargetAllocation.of(percents, Taxonomy.defaults());
    }

    private static PlanOptions options(Random random, RebalanceMode mode) {
        UsdAmount minTrade = UsdAmount.of(new String[] {"0", "10", "25", "25", "100"}[random.nextInt(5)]);
        UsdAmount minUsd = UsdAmount.of(new String[] {"0", "1", "1"}[random.nextInt(3)]);
        UsdAmount cash = random.nextInt(3) == 0 ? UsdAmount.ZERO
                : new UsdAmount(BigDecimal.valueOf(random.nextInt(5_000_000), 2).add(new BigDecimal("0.01")));
        Band band = null;
        if (mode == RebalanceMode.BANDS) {
            boolean relative = random.nextBoolean();
            BigDecimal width = relative ? BigDecimal.valueOf(5 + random.nextInt(60)) : BigDecimal.valueOf(1 + random.nextInt(10));
            band = new Band(width, relative ? Band.Unit.RELATIVE : Band.Unit.POINTS, Band.Goal.values()[random.nextInt(2)]);
        }
        if (mode == RebalanceMode.BUY_ONLY && !cash.isPositive()) {
            cash = UsdAmount.of("1000");
        }
        SubAllocation sub = SubAllocation.PROPORTIONAL;
        if (random.nextInt(4) == 0) {
            sub = SubAllocation.withPrimaries(Map.of(Group.of("L1/L0 majors"),
                    List.of(new PrimaryCoin(Asset.of("ADA"), BigDecimal.valueOf(1 + random.nextInt(5))), PrimaryCoin.of("AVAX"))), Taxonomy.defaults());
        }
        return new PlanOptions(mode, cash, minUsd, minTrade, band, sub);
    }

    private static String price(String symbol) {
        for (String[] coin : COINS) {
            if (coin[0].equals(symbol)) {
                return coin[1];
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}
