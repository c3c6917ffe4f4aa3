package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.portfolio.PriceBook;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalancePlan;
import com.cryptorebalancer.domain.rebalancing.RebalancePlanner;
import com.cryptorebalancer.domain.rebalancing.TargetAllocation;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner on classified portfolios of 1,000 to 100,000 holdings (targets: 0.2 ms for 1,000;
 * 100 ms for 100,000 over 2,000 coins and 200 locations; at most 12x time for 10x holdings), and the
 * classification that precedes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlannerBenchmark {

    /** rows:coins:locations */
    @Param({"1000:100:20", "10000:2000:200", "100000:2000:200"})
    public String shape;

    /**
     * {@code classified}: the owner has assigned every coin to a group (the invented tickers included);
     * {@code unknown}: the invented tickers stay unknown, so they all fall in Others (target 1 %) and the
     * plan sells nearly all of them: a stress case with about one trade per three holdings.
     */
    @Param({"classified", "unknown"})
    public String coins;

    private List<Holding> holdings;
    private Taxonomy taxonomy;
    private Portfolio portfolio;
    private PriceBook prices;
    private TargetAllocation targets;
    private PlanOptions options;

    @Setup
    public void setUp() {
        String[] parts = shape.split(":");
        holdings = SyntheticPortfolio.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), 42L).holdings();
        taxonomy = coins.equals("classified") ? SyntheticPortfolio.classifiedTaxonomy(Integer.parseInt(parts[1]))
                : Taxonomy.defaults();
        portfolio = Portfolio.classify(holdings, taxonomy);
        prices = portfolio.localPrices();
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        String[][] split = {{"BTC", "35"}, {"ETH", "20"}, {"Stablecoins", "10"}, {"SOL", "8"}, {"L1/L0 majors", "10"},
            {"L2/Scaling", "4"}, {"DeFi", "5"}, {"AI/Data", "3"}, {"Gaming/NFT", "2"}, {"Memecoins", "2"}, {"Others", "1"}};
        for (String[] group : split) {
            percents.put(group[0], new BigDecimal(group[1]));
        }
        targets = TargetAllocation.of(percents, Taxonomy.defaults());
        options = PlanOptions.defaults();
    }

    /** The planner alone, on an already classified portfolio with its prices. */
    @Benchmark
    public RebalancePlan plan() {
        return RebalancePlanner.plan(portfolio, prices, targets, options);
    }

    /** Classification, local prices and the plan: everything after parsing. */
    @Benchmark
    public RebalancePlan classifyAndPlan() {
        Portfolio classified = Portfolio.classify(holdings, taxonomy);
        return RebalancePlanner.plan(classified, classified.localPrices(), targets, options);
    }
}
