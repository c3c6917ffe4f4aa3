package com.cryptorebalancer.bench;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.risk.PortfolioRisk;
import com.cryptorebalancer.domain.risk.RiskHolding;
import com.cryptorebalancer.domain.risk.RiskReport;
import com.cryptorebalancer.domain.risk.RiskWindow;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full risk report of 50 coins over 3 years of daily closes (target: at most 30 ms): from each coin's
 * {@link DailyClose} list, as the risk service reads them from the store, to the report (coverage, the inner
 * join on common days, both views' figures, correlations, shares of risk, concentration).
 *
 * <p>The closes are synthetic and seeded (seed {@value #SEED}): a one-factor random walk, each coin's daily
 * return β_i·f_t + ε_i,t with f ~ N(0, 3.5 %), ε ~ N(0, 3 %), β_i in [0.5, 1.5], starting prices spread from
 * 10⁻⁴ to 10⁴ USD and written with up to 17 significant digits like the shared CSVs. Every coin has every day
 * of the window, 2022-02-20 to 2025-02-20 (1,097 closes, 1,096 returns); BTC is the first coin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class RiskReportBenchmark {

    static final long SEED = 20250220L;
    static final RiskWindow WINDOW = new RiskWindow(LocalDate.of(2022, 2, 20), LocalDate.of(2025, 2, 20));
    private static final int COINS = 50;

    private Map<Asset, List<DailyClose>> history;
    private List<RiskHolding> holdings;

    @Setup
    public void generate() {
        history = syntheticCloses(COINS, WINDOW, SEED);
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Group[] groups = {Group.of("BTC"), Group.of("ETH"), Group.of("L1/L0 majors"), Group.of("DeFi"), Group.OTHERS};
        holdings = new ArrayList<>();
        int i = 0;
        for (Asset coin : history.keySet()) {
            BigDecimal usd = BigDecimal.valueOf(Math.pow(10, 2 + random.nextDouble() * 4)).round(new MathContext(8));
            BigDecimal last = history.get(coin).get(history.get(coin).size() - 1).closeUsd();
            holdings.add(new RiskHolding(coin, groups[Math.min(i++, groups.length - 1)],
                    usd.divide(last, MathContext.DECIMAL64), new UsdAmount(usd)));
        }
    }

    @Benchmark
    public RiskReport fullReport() {
        return PortfolioRisk.report(holdings, history, WINDOW, 0.04);
    }

    /** Seeded one-factor random walks for {@code coins} coins (BTC first, then C1, C2...) on every day of the window. */
    static Map<Asset, List<DailyClose>> syntheticCloses(int coins, RiskWindow window, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int days = window.calendarDays();
        double[] factor = new double[days];
        for (int t = 1; t < days; t++) {
            factor[t] = 0.035 * random.nextGaussian();
        }
        PriceSource source = new PriceSource("synthetic");
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        for (int i = 0; i < coins; i++) {
            Asset coin = Asset.of(i == 0 ? "BTC" : "C" + i);
            double beta = 0.5 + random.nextDouble();
            double price = Math.pow(10, random.nextDouble() * 8 - 4);
            List<DailyClose> closes = new ArrayList<>(days);
            for (int t = 0; t < days; t++) {
                if (t > 0) {
                    // floored so that a synthetic crash never takes a price to zero or below
                    price *= Math.max(0.05, 1 + beta * factor[t] + 0.03 * random.nextGaussian());
                }
                closes.add(new DailyClose(coin, window.first().plusDays(t), BigDecimal.valueOf(price), source));
            }
            history.put(coin, closes);
        }
        return history;
    }
}
