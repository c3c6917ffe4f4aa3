package com.cryptorebalancer.domain.suggest;

import static com.cryptorebalancer.domain.suggest.SuggestTestData.equalWeights;
import static com.cryptorebalancer.domain.suggest.SuggestTestData.threeYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.risk.DailyReturns;
import com.cryptorebalancer.domain.risk.SampleStatistics;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Suggestions on the shared real closes, 2022-02-20 to 2025-02-20. */
class AllocationSuggesterTest {

    private static final String[] COINS = {"BTC", "ETH", "SOL", "BNB", "XRP", "ADA", "DOGE", "LINK"};
    private static final ReturnMatrix REAL = threeYears(COINS);
    private static final Map<String, Double> FLOORS = Map.of("ETH", 0.15);
    private static final Map<String, Double> CAPS = Map.of("BTC", 0.30, "DOGE", 0.05);

    private static Suggestion suggest(SuggestionMethod method, ReturnMatrix returns, AllocationBounds bounds,
                                      double[] current) {
        return AllocationSuggester.suggest(new SuggestionRequest(method, returns, bounds, current, null, 0));
    }

    static Stream<Arguments> methodsAndBounds() {
        return Stream.of(SuggestionMethod.values()).flatMap(method -> Stream.of(
                Arguments.of(method, false), Arguments.of(method, true)));
    }

    @ParameterizedTest(name = "{0}, bounded {1}")
    @MethodSource("methodsAndBounds")
    void weightsAddUpTo1AndRespectTheBounds(SuggestionMethod method, boolean bounded) {
        AllocationBounds bounds = bounded ? AllocationBounds.of(REAL.names(), FLOORS, CAPS)
                : AllocationBounds.unbounded(REAL.names());

        Suggestion suggestion = suggest(method, REAL, bounds, equalWeights(8));

        assertThat(suggestion.weights().stream().mapToDouble(SuggestedWeight::weight).sum()).isCloseTo(1, offset(1e-12));
        for (SuggestedWeight w : suggestion.weights()) {
            assertThat(w.weight()).as(w.name()).isBetween(w.floor(), w.cap());
        }
        assertThat(suggestion.weights().stream().mapToDouble(SuggestedWeight::riskContribution).sum())
                .isCloseTo(1, offset(1e-12));
        assertThat(suggestion.observations()).isEqualTo(1096);
        assertThat(suggestion.periodsPerYear()).isEqualTo(365);
        assertThat(suggestion.covariance()).isEqualTo(method.defaultCovariance());
    }

    @Test
    void riskParityWithoutBindingBoundsGivesEqualContributions() {
        Suggestion parity = suggest(SuggestionMethod.RISK_PARITY, REAL, AllocationBounds.unbounded(REAL.names()),
                equalWeights(8));

        for (SuggestedWeight w : parity.weights()) {
            assertThat(w.riskContribution()).as(w.name()).isCloseTo(1.0 / 8, offset(1e-6));
            assertThat(w.binding()).isEqualTo(SuggestedWeight.Binding.NONE);
        }
        assertThat(parity.notes()).contains("every asset contributes the same share of the risk");
    }

    @Test
    void riskParityWithBindingBoundsSaysWhichAndKeepsTheOthersEqual() {
        Suggestion parity = suggest(SuggestionMethod.RISK_PARITY, REAL, AllocationBounds.of(REAL.names(), FLOORS, CAPS),
                equalWeights(8));

        Map<String, SuggestedWeight> byName = byName(parity);
        assertThat(byName.get("ETH").weight()).isCloseTo(0.15, offset(1e-12));
        assertThat(byName.get("ETH").binding()).isEqualTo(SuggestedWeight.Binding.FLOOR);
        assertThat(byName.get("DOGE").weight()).isCloseTo(0.05, offset(1e-12));
        assertThat(byName.get("DOGE").binding()).isEqualTo(SuggestedWeight.Binding.CAP);
        double inside = byName.get("BTC").riskContribution();
        for (String coin : List.of("SOL", "BNB", "XRP", "ADA", "LINK")) {
            assertThat(byName.get(coin).riskContribution()).as(coin).isCloseTo(inside, offset(1e-6));
        }
        // held at a floor it would leave: contributes more; held at a cap it would pass: less
        assertThat(byName.get("ETH").riskContribution()).isGreaterThan(inside);
        assertThat(byName.get("DOGE").riskContribution()).isLessThan(inside);
        assertThat(parity.notes()).contains("bounds hold ETH at its floor (15 %), DOGE at its cap (5 %): their risk "
                + "contributions differ from the others', which are equal to each other, so the contributions are not all equal");
    }

    @Test
    void volatilitiesAreThoseOfTheFixedWeightPortfolioReturns() {
        double[] current = {40, 20, 10, 10, 5, 5, 5, 5};
        Suggestion minimum = suggest(SuggestionMethod.MIN_VARIANCE, REAL, AllocationBounds.unbounded(REAL.names()), current);
        DailyReturns daily = dailyReturns(REAL);
        double[] suggested = minimum.weights().stream().mapToDouble(SuggestedWeight::weight).toArray();
        double[] held = {0.40, 0.20, 0.10, 0.10, 0.05, 0.05, 0.05, 0.05};

        // std(Σ w_i r_i, n - 1)·√365 is √(wᵀSw·365) with S the sample covariance: computed here the first way
        assertThat(minimum.volatility()).isCloseTo(
                SampleStatistics.standardDeviation(daily.fixedWeights(suggested)) * Math.sqrt(365), withinPercentage(1e-9));
        assertThat(minimum.currentVolatility()).isCloseTo(
                SampleStatistics.standardDeviation(daily.fixedWeights(held)) * Math.sqrt(365), withinPercentage(1e-9));
        assertThat(minimum.volatility()).isLessThan(minimum.currentVolatility());
        for (int i = 0; i < 8; i++) {
            SuggestedWeight w = minimum.weights().get(i);
            assertThat(w.currentWeight()).isCloseTo(held[i], offset(1e-15));
            assertThat(w.changePoints()).isCloseTo((w.weight() - held[i]) * 100, offset(1e-12));
        }
        assertThat(minimum.weights().stream().mapToDouble(SuggestedWeight::changePoints).sum()).isCloseTo(0, offset(1e-9));
        assertThat(minimum.expectedReturn()).isNaN();
        assertThat(minimum.sharpe()).isNaN();
    }

    @Test
    void maxSharpeReportsExpectedReturnAndSharpeOnTheShrunkCovariance() {
        Suggestion sharpe = suggest(SuggestionMethod.MAX_SHARPE, REAL, AllocationBounds.unbounded(REAL.names()),
                equalWeights(8));
        double[] w = sharpe.weights().stream().mapToDouble(SuggestedWeight::weight).toArray();
        double[] portfolio = dailyReturns(REAL).fixedWeights(w);
        CovarianceEstimate shrunk = CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION.estimate(REAL);

        assertThat(sharpe.covariance()).isEqualTo(CovarianceEstimator.LEDOIT_WOLF_CONSTANT_CORRELATION);
        assertThat(sharpe.shrinkage()).isCloseTo(0.08340220916295792, withinPercentage(1e-8));
        assertThat(sharpe.expectedReturn()).isCloseTo(SampleStatistics.mean(portfolio) * 365, withinPercentage(1e-9));
        assertThat(sharpe.volatility()).isCloseTo(shrunk.annualisedVolatility(w), withinPercentage(1e-12));
        assertThat(sharpe.sharpe()).isCloseTo(sharpe.expectedReturn() / sharpe.volatility(), withinPercentage(1e-9));
        assertThat(sharpe.notes()).contains("expected returns are the sample mean daily returns of the window, "
                + "annualised as 365 × the mean (not compounded); risk-free rate 0 % a year");
        assertThat(sharpe.notes().get(0)).startsWith("covariance: Ledoit-Wolf shrinkage towards the constant-correlation "
                + "target").contains("intensity 0.0834 of 1096 daily returns");
    }

    @Test
    void aRiskFreeRateIsTakenDailyAsCompounded() {
        SuggestionRequest request = new SuggestionRequest(SuggestionMethod.MAX_SHARPE, REAL,
                AllocationBounds.unbounded(REAL.names()), equalWeights(8), null, 0.05);

        assertThat(request.dailyRiskFreeRate()).isCloseTo(Math.pow(1.05, 1.0 / 365) - 1, offset(1e-18));
        Suggestion sharpe = AllocationSuggester.suggest(request);
        double excess = sharpe.expectedReturn() / 365 - request.dailyRiskFreeRate();
        assertThat(sharpe.sharpe()).isCloseTo(excess / (sharpe.volatility() / Math.sqrt(365)) * Math.sqrt(365),
                withinPercentage(1e-9));
    }

    @Test
    void maxSharpeInTheBearMarketOf2022IsRefused() {
        ReturnMatrix bear = SuggestTestData.realReturns("2022-04-01", "2022-12-31", COINS);
        // every coin's mean daily return is negative; the best, DOGE's, is -7.349198869628744e-4 (numpy on the CSV):
        // × 365 = -0.2682458

        assertThatThrownBy(() -> suggest(SuggestionMethod.MAX_SHARPE, bear, AllocationBounds.unbounded(bear.names()),
                equalWeights(8)))
                .isInstanceOf(SuggestionRefusedException.class)
                .hasMessageStartingWith("no asset has a positive expected excess return over the window")
                .hasMessageContaining("the best is DOGE at -26.8246 % a year");
    }

    @Test
    void maxSharpeNeedsAShrunkCovariance() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestionRequest(SuggestionMethod.MAX_SHARPE, REAL,
                AllocationBounds.unbounded(REAL.names()), equalWeights(8), CovarianceEstimator.SAMPLE, 0))
                .withMessageStartingWith("max-sharpe works on a Ledoit-Wolf covariance, not on the sample one");
    }

    @Test
    void aCoinWithConstantPricesTakesAllTheMinimumVarianceAndIsRefusedByRiskParity() {
        ReturnMatrix withStable = ReturnMatrix.of(List.of("BTC", "ETH", "USDX"),
                new double[][] {REAL.of(0), REAL.of(1), new double[REAL.observations()]});
        AllocationBounds capped = AllocationBounds.of(withStable.names(), Map.of(), Map.of("USDX", 0.10));

        Suggestion minimum = suggest(SuggestionMethod.MIN_VARIANCE, withStable,
                AllocationBounds.unbounded(withStable.names()), equalWeights(3));
        assertThat(minimum.weightOf("USDX")).isCloseTo(1, offset(1e-7));
        assertThat(minimum.volatility()).isCloseTo(0, offset(1e-5));
        assertThat(suggest(SuggestionMethod.MIN_VARIANCE, withStable, capped, equalWeights(3)).weightOf("USDX"))
                .isCloseTo(0.10, offset(1e-12));
        assertThatThrownBy(() -> suggest(SuggestionMethod.RISK_PARITY, withStable, capped, equalWeights(3)))
                .isInstanceOf(SuggestionRefusedException.class)
                .hasMessageContaining("USDX has no variance over the window (constant prices)");
    }

    @Test
    void twoIdenticalSeriesAreHandled() {
        ReturnMatrix twice = ReturnMatrix.of(List.of("BTC", "BTC-COPY", "ETH"),
                new double[][] {REAL.of(0), REAL.of(0), REAL.of(1)});
        ReturnMatrix once = ReturnMatrix.of(List.of("BTC", "ETH"), new double[][] {REAL.of(0), REAL.of(1)});

        Suggestion parity = suggest(SuggestionMethod.RISK_PARITY, twice, AllocationBounds.unbounded(twice.names()),
                equalWeights(3));
        assertThat(parity.weightOf("BTC")).isCloseTo(parity.weightOf("BTC-COPY"), offset(1e-12));
        parity.weights().forEach(w -> assertThat(w.riskContribution()).isCloseTo(1.0 / 3, offset(1e-9)));

        Suggestion minimum = suggest(SuggestionMethod.MIN_VARIANCE, twice, AllocationBounds.unbounded(twice.names()),
                equalWeights(3));
        Suggestion single = suggest(SuggestionMethod.MIN_VARIANCE, once, AllocationBounds.unbounded(once.names()),
                equalWeights(2));
        assertThat(minimum.weightOf("BTC") + minimum.weightOf("BTC-COPY")).isCloseTo(single.weightOf("BTC"), offset(1e-6));
        assertThat(minimum.volatility()).isCloseTo(single.volatility(), withinPercentage(1e-6));
    }

    @Test
    void currentWeightsMustHoldSomething() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuggestionRequest(SuggestionMethod.MIN_VARIANCE, REAL,
                AllocationBounds.unbounded(REAL.names()), new double[8], null, 0))
                .withMessageStartingWith("the current weights add up to 0");
    }

    private static Map<String, SuggestedWeight> byName(Suggestion suggestion) {
        return suggestion.weights().stream().collect(java.util.stream.Collectors.toMap(SuggestedWeight::name, w -> w));
    }

    private static DailyReturns dailyReturns(ReturnMatrix returns) {
        double[][] rows = new double[returns.assetCount()][];
        java.util.List<java.time.LocalDate> days = new java.util.ArrayList<>();
        for (int t = 0; t < returns.observations(); t++) {
            days.add(SuggestTestData.FROM.plusDays(t + 1));
        }
        for (int a = 0; a < rows.length; a++) {
            rows[a] = returns.of(a);
        }
        return DailyReturns.of(returns.names().stream().map(Asset::of).toList(), SuggestTestData.FROM, days, rows);
    }
}
