package com.cryptorebalancer.domain.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Optimality and feasibility against random feasible portfolios (QuickTheories), on the shared real returns
 * 2022-02-20 to 2025-02-20 of six coins, with floors and caps that bind.
 */
class SuggestionPropertiesTest {

    private static final ReturnMatrix REAL = SuggestTestData.threeYears("BTC", "ETH", "SOL", "BNB", "XRP", "DOGE");
    private static final AllocationBounds BOUNDS = AllocationBounds.of(REAL.names(),
            Map.of("ETH", 0.10, "SOL", 0.05), Map.of("BNB", 0.25, "DOGE", 0.05));
    private static final CovarianceEstimate SAMPLE = CovarianceEstimator.SAMPLE.estimate(REAL);
    private static final CovarianceEstimate SHRUNK = CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(REAL);

    /**
     * Feasible weights from draws u in [0, 1): floors first, then each asset in turn takes u of what is left
     * (up to its cap), and what remains goes to the first assets with room.
     */
    private static Gen<double[]> feasibleWeights(AllocationBounds bounds) {
        int n = bounds.size();
        return lists().of(doubles().between(0, 1)).ofSize(n).map(draws -> {
            double[] w = new double[n];
            double left = 1;
            for (int i = 0; i < n; i++) {
                w[i] = bounds.floor(i);
                left -= w[i];
            }
            for (int i = 0; i < n; i++) {
                double more = Math.min(bounds.cap(i) - w[i], left * draws.get(i));
                w[i] += more;
                left -= more;
            }
            for (int i = 0; i < n && left > 0; i++) {
                double more = Math.min(bounds.cap(i) - w[i], left);
                w[i] += more;
                left -= more;
            }
            return w;
        });
    }

    @Test
    void noFeasiblePortfolioHasLessVolatilityThanMinimumVariance() {
        double[] minimum = MinimumVariance.solve(SAMPLE, BOUNDS);
        double least = SAMPLE.annualisedVolatility(minimum);

        qt().withExamples(2000).forAll(feasibleWeights(BOUNDS)).checkAssert(w ->
                assertThat(least).isLessThanOrEqualTo(SAMPLE.annualisedVolatility(w) + 1e-12));
        qt().withExamples(2000).forAll(feasibleWeights(AllocationBounds.unbounded(REAL.names()))).checkAssert(w ->
                assertThat(SAMPLE.annualisedVolatility(MinimumVariance.solve(SAMPLE,
                        AllocationBounds.unbounded(REAL.names())))).isLessThanOrEqualTo(SAMPLE.annualisedVolatility(w) + 1e-12));
    }

    @Test
    void noFeasiblePortfolioHasAHigherSharpeRatioThanMaximumSharpe() {
        double[] means = REAL.means();
        double[] best = MaximumSharpe.solve(SHRUNK, means, BOUNDS);
        double top = sharpe(best, means);

        qt().withExamples(2000).forAll(feasibleWeights(BOUNDS)).checkAssert(w ->
                assertThat(top).isGreaterThanOrEqualTo(sharpe(w, means) - 1e-9));
    }

    @Test
    void everyMethodStaysWithinRandomFeasibleBounds() {
        Gen<AllocationBounds> bounds = lists().of(doubles().between(0, 1)).ofSize(2 * REAL.assetCount()).map(draws -> {
            // floors up to 0.3 each scaled to add up to at most 0.9; caps at least their floor, adding up to at least 1
            int n = REAL.assetCount();
            Map<String, Double> floors = new java.util.HashMap<>();
            Map<String, Double> caps = new java.util.HashMap<>();
            double floorSum = 0;
            for (int i = 0; i < n; i++) {
                floorSum += 0.3 * draws.get(i);
            }
            double scale = floorSum > 0.9 ? 0.9 / floorSum : 1;
            for (int i = 0; i < n; i++) {
                double floor = 0.3 * draws.get(i) * scale;
                floors.put(REAL.names().get(i), floor);
                caps.put(REAL.names().get(i), Math.max(floor, Math.min(1, floor + draws.get(n + i))));
            }
            if (caps.values().stream().mapToDouble(Double::doubleValue).sum() < 1) {
                caps.put(REAL.names().get(0), 1.0);
            }
            return AllocationBounds.of(REAL.names(), floors, caps);
        });

        qt().withExamples(60).forAll(bounds).checkAssert(b -> {
            for (SuggestionMethod method : SuggestionMethod.values()) {
                Suggestion s = AllocationSuggester.suggest(new SuggestionRequest(method, REAL, b,
                        SuggestTestData.equalWeights(REAL.assetCount()), null, 0));
                assertThat(s.weights().stream().mapToDouble(SuggestedWeight::weight).sum()).as(method.code())
                        .isCloseTo(1, org.assertj.core.api.Assertions.offset(1e-12));
                for (int i = 0; i < REAL.assetCount(); i++) {
                    assertThat(s.weights().get(i).weight()).as(method.code() + " " + REAL.names().get(i))
                            .isBetween(b.floor(i), b.cap(i));
                }
            }
        });
    }

    private static double sharpe(double[] w, double[] means) {
        double mean = 0;
        for (int i = 0; i < w.length; i++) {
            mean += w[i] * means[i];
        }
        return mean / Math.sqrt(SHRUNK.variance(w));
    }
}
