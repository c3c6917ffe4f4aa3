package com.cryptorebalancer.domain.risk;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link RiskReport} from the portfolio's coins and their daily closes: a pure function of
 * its inputs, no clock and no I/O.
 *
 * <p>Beta is against {@link #BENCHMARK}: its closes are taken from the history given even when the
 * portfolio does not hold it (it then joins the common days as a reference with no weight), provided
 * they cover the window by the same rule as a held coin's ({@link Coverage}); otherwise beta is NaN
 * with that reason.
 */
public final class PortfolioRisk {

    /** What beta is measured against. */
    public static final Asset BENCHMARK = Asset.of("BTC");

    private PortfolioRisk() {
    }

    /**
     * @param holdings     one per coin, in the order the report lists them
     * @param history      closes by coin (more days or coins than needed are fine; days outside the window are ignored)
     * @param riskFreeRate annual, above -1
     */
    public static RiskReport report(List<RiskHolding> holdings, Map<Asset, ? extends Collection<DailyClose>> history,
                                    RiskWindow window, double riskFreeRate) {
        Objects.requireNonNull(history, "history must not be null");
        requireOneHoldingPerCoin(holdings);
        ReturnStatistics.perPeriodRate(riskFreeRate, SampleWindow.DAILY_CRYPTO);
        Coverage coverage = Coverage.assess(holdings, history, window);
        List<RiskHolding> covered = holdings.stream().filter(h -> coverage.covered().contains(h.coin())).toList();

        Map<Asset, Collection<DailyClose>> joined = new LinkedHashMap<>();
        covered.forEach(h -> joined.put(h.coin(), history.get(h.coin())));
        boolean reference = !covered.isEmpty() && !joined.containsKey(BENCHMARK) && history.containsKey(BENCHMARK)
                && Coverage.isEnough(Coverage.daysWithCloses(history.get(BENCHMARK), window).count(), window);
        if (reference) {
            joined.put(BENCHMARK, history.get(BENCHMARK));
        }
        AlignedCloses all = AlignedCloses.innerJoin(joined, window.first(), window.last());
        DailyReturns allReturns = all.returns();
        int btc = all.assets().indexOf(BENCHMARK);
        double[] btcReturns = btc < 0 ? null : allReturns.of(btc);
        AlignedCloses closes = reference ? all.select(coinIndexes(covered.size())) : all;
        DailyReturns returns = reference ? closes.returns() : allReturns;

        double[] weights = weights(covered);
        ValuePath fixed = ValuePath.ofReturns(returns.baseDay(), returns.days(), returns.fixedWeights(weights));
        ValuePath held = ValuePath.ofValues(closes.days(), heldValues(closes, covered));
        List<Group> groups = covered.stream().map(RiskHolding::group).toList();
        double[][] covariance = SampleStatistics.covarianceMatrix(returns);
        return new RiskReport(window, riskFreeRate, coverage, RiskFigures.of(fixed, btcReturns, riskFreeRate),
                RiskFigures.of(held, btcReturns, riskFreeRate), fixed, held, CorrelationMatrix.of(returns, covariance),
                RiskContributions.of(returns, covariance, weights, groups), Concentration.of(holdings));
    }

    /** Each covered coin's share of the covered coins' value: renormalised among them, summing to 1. */
    static double[] weights(List<RiskHolding> covered) {
        BigDecimal total = covered.stream().map(h -> h.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        double[] weights = new double[covered.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = covered.get(i).value().value().divide(total, MathContext.DECIMAL64).doubleValue();
        }
        return weights;
    }

    /** V_t = Σ q_i P_i,t over the covered coins. */
    private static double[] heldValues(AlignedCloses closes, List<RiskHolding> covered) {
        double[] values = new double[closes.dayCount()];
        for (int i = 0; i < covered.size(); i++) {
            double quantity = covered.get(i).quantity().doubleValue();
            for (int t = 0; t < values.length; t++) {
                values[t] += quantity * closes.close(i, t);
            }
        }
        return values;
    }

    private static int[] coinIndexes(int count) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = i;
        }
        return indexes;
    }

    private static void requireOneHoldingPerCoin(List<RiskHolding> holdings) {
        Objects.requireNonNull(holdings, "holdings must not be null");
        Set<Asset> seen = new HashSet<>();
        for (RiskHolding holding : holdings) {
            if (!seen.add(holding.coin())) {
                throw new IllegalArgumentException(holding.coin() + " is listed twice: sum its holdings into one");
            }
        }
    }
}
