package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationAndContributionsTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    private static final List<LocalDate> DAYS = List.of(D0.plusDays(1), D0.plusDays(2), D0.plusDays(3), D0.plusDays(4));
    private static final Asset A = Asset.of("A");
    private static final Asset B = Asset.of("B");
    private static final Asset C = Asset.of("C");
    private static final Asset D = Asset.of("D");
    private static final Group LARGE = Group.of("Large");
    private static final Group SMALL = Group.of("Small");

    /**
     * A = ±0.01, C = A, B = ±0.02 in a pattern orthogonal to A; all means 0. var A = 4e-4 / 3, var B = 16e-4 / 3,
     * cov(A, B) = (0.0002 - 0.0002 - 0.0002 + 0.0002) / 3 = 0.
     */
    private static DailyReturns returns() {
        return DailyReturns.of(List.of(A, B, C), D0, DAYS, new double[][] {
            {0.01, -0.01, 0.01, -0.01},
            {0.02, 0.02, -0.02, -0.02},
            {0.01, -0.01, 0.01, -0.01}});
    }

    @Test
    void pearsonCorrelationOfAlignedReturns() {
        DailyReturns withOpposite = DailyReturns.of(List.of(A, B, D), D0, DAYS, new double[][] {
            {0.01, -0.01, 0.01, -0.01}, {0.02, 0.02, -0.02, -0.02}, {-0.03, 0.03, -0.03, 0.03}});
        CorrelationMatrix rho = CorrelationMatrix.of(withOpposite);
        assertThat(rho.get(A, A)).isEqualTo(1.0);
        assertThat(rho.get(A, B)).isCloseTo(0, within(1e-15));
        assertThat(rho.get(A, D)).isCloseTo(-1.0, within(1e-15));
        assertThat(rho.get(D, A)).isEqualTo(rho.get(A, D));
        assertThat(rho.sample()).isEqualTo(new SampleWindow(365, D0, D0.plusDays(4), 4));
        // x = 1, 2, 3, 4 and y = 2, 4, 6, 9 (as returns in %): cov 11.5 / 3, var x 5 / 3, var y 26.75 / 3
        DailyReturns xy = DailyReturns.of(List.of(A, B), D0, DAYS, new double[][] {
            {0.01, 0.02, 0.03, 0.04}, {0.02, 0.04, 0.06, 0.09}});
        assertThat(CorrelationMatrix.of(xy).get(0, 1)).isCloseTo(11.5 / Math.sqrt(5 * 26.75), within(1e-13));
    }

    @Test
    void aCoinThatDoesNotMoveCorrelatesWithNothing() {
        DailyReturns flat = DailyReturns.of(List.of(A, B), D0, DAYS, new double[][] {
            {0.01, -0.01, 0.01, -0.01}, {0, 0, 0, 0}});
        CorrelationMatrix rho = CorrelationMatrix.of(flat);
        assertThat(rho.get(A, B)).isNaN();
        assertThat(rho.get(B, B)).isNaN();
        assertThat(rho.withoutVariation()).containsExactly(B);
    }

    @Test
    void sharesOfRiskAreWeightTimesMarginalOverVarianceAndGroupsSumTheirCoins() {
        // w = 0.25, 0.5, 0.25: (Σw)_A = (Σw)_C = 0.25 · 4e-4/3 + 0.25 · 4e-4/3 = 2e-4/3, (Σw)_B = 0.5 · 16e-4/3 = 8e-4/3
        // contributions 0.25 · 2e-4/3, 0.5 · 8e-4/3, 0.25 · 2e-4/3 = (0.5, 4, 0.5)e-4/3: shares 0.1, 0.8, 0.1
        RiskContributions shares = RiskContributions.of(returns(), new double[] {0.25, 0.5, 0.25}, List.of(LARGE, SMALL, LARGE));
        assertThat(shares.coins()).extracting(s -> s.share().value())
                .satisfiesExactly(a -> assertThat(a).isCloseTo(0.1, within(1e-14)),
                        b -> assertThat(b).isCloseTo(0.8, within(1e-14)),
                        c -> assertThat(c).isCloseTo(0.1, within(1e-14)));
        assertThat(shares.groups()).extracting(RiskContributions.GroupShare::group).containsExactly(LARGE, SMALL);
        assertThat(shares.groups().get(0).share().value()).isCloseTo(0.2, within(1e-14));
        assertThat(shares.groups().get(0).weight()).isCloseTo(0.5, within(1e-15));
        assertThat(shares.groups().get(1).share().value()).isCloseTo(0.8, within(1e-14));
    }

    @Test
    void contributionsOfAPortfolioThatDoesNotMoveAreUndefined() {
        DailyReturns flat = DailyReturns.of(List.of(A), D0, DAYS, new double[][] {{0, 0, 0, 0}});
        RiskContributions shares = RiskContributions.of(flat, new double[] {1}, List.of(LARGE));
        assertThat(shares.coins().get(0).share().undefinedBecause()).isEqualTo("the portfolio's returns do not vary (variance 0)");
        assertThat(shares.groups().get(0).share().isDefined()).isFalse();
    }

    @Test
    void concentrationOfValues() {
        // values 50, 30, 10, 5, 3, 2 of 100: Σw² = .25 + .09 + .01 + .0025 + .0009 + .0004 = .3538; top 1 .5; top 5 .98
        List<RiskHolding> holdings = List.of(holding("A", 10), holding("B", 50), holding("C", 3), holding("D", 30),
                holding("E", 2), holding("F", 5));
        Concentration concentration = Concentration.of(holdings);
        assertThat(concentration.holdings()).isEqualTo(6);
        assertThat(concentration.herfindahl().value()).isCloseTo(0.3538, within(1e-15));
        assertThat(concentration.top1().value()).isCloseTo(0.5, within(1e-15));
        assertThat(concentration.top5().value()).isCloseTo(0.98, within(1e-15));
        Concentration single = Concentration.of(List.of(holding("A", 7)));
        assertThat(single.herfindahl().value()).isEqualTo(1.0);
        assertThat(single.top5().value()).isEqualTo(1.0);
        assertThat(Concentration.of(List.of()).herfindahl().isDefined()).isFalse();
    }

    private static RiskHolding holding(String coin, int usd) {
        return new RiskHolding(Asset.of(coin), LARGE, BigDecimal.ONE, new UsdAmount(BigDecimal.valueOf(usd)));
    }
}
