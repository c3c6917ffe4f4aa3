package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the risk figures over generated return series (QuickTheories). */
class RiskPropertiesTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    /** Daily returns from -60 % to +80 %, 2 to 60 of them. */
    private static Gen<double[]> returns() {
        return lists().of(doubles().between(-0.6, 0.8)).ofSizeBetween(2, 60)
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<LocalDate> days(int n) {
        List<LocalDate> days = new ArrayList<>(n);
        for (int t = 1; t <= n; t++) {
            days.add(D0.plusDays(t));
        }
        return days;
    }

    @Test
    void historicalVarLiesWithinTheReturnsAndCvarIsNoBetter() {
        qt().forAll(returns(), doubles().between(0.001, 0.5)).checkAssert((r, tail) -> {
            ValueAtRisk var = ValueAtRisk.of(r, tail);
            double min = Arrays.stream(r).min().orElseThrow();
            double max = Arrays.stream(r).max().orElseThrow();
            assertThat(var.historical().value()).isBetween(min, max);
            assertThat(var.historicalCvar().value()).isBetween(min, var.historical().value() + 1e-15);
        });
    }

    @Test
    void drawdownIsBetweenMinusOneAndZeroAndItsDatesAreInOrder() {
        qt().forAll(returns()).checkAssert(r -> {
            Drawdown drawdown = Drawdown.of(ValuePath.ofReturns(D0, days(r.length), r));
            assertThat(drawdown.depth().value()).isBetween(-1.0, 0.0);
            if (drawdown.peak() != null) {
                assertThat(drawdown.peak()).isBefore(drawdown.trough());
                if (drawdown.recovered()) {
                    assertThat(drawdown.recovery()).isAfter(drawdown.trough());
                }
            }
        });
    }

    @Test
    void sharesOfRiskSumToOneAndCorrelationsAreSymmetricWithinOne() {
        qt().forAll(integers().between(2, 6), integers().between(3, 40), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((coins, n, seed) -> {
                    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                    double[][] r = new double[coins][n];
                    double[] w = new double[coins];
                    List<Asset> assets = new ArrayList<>();
                    List<Group> groups = new ArrayList<>();
                    for (int i = 0; i < coins; i++) {
                        assets.add(Asset.of("C" + i));
                        groups.add(Group.of("G" + i % 2));
                        w[i] = 0.05 + random.nextDouble();
                        for (int t = 0; t < n; t++) {
                            r[i][t] = 0.05 * random.nextGaussian();
                        }
                    }
                    double sum = Arrays.stream(w).sum();
                    for (int i = 0; i < coins; i++) {
                        w[i] /= sum;
                    }
                    DailyReturns returns = DailyReturns.of(assets, D0, days(n), r);
                    RiskContributions shares = RiskContributions.of(returns, w, groups);
                    assertThat(shares.coins().stream().mapToDouble(s -> s.share().value()).sum()).isCloseTo(1, within(1e-9));
                    assertThat(shares.groups().stream().mapToDouble(s -> s.share().value()).sum()).isCloseTo(1, within(1e-9));
                    CorrelationMatrix rho = CorrelationMatrix.of(returns);
                    for (int i = 0; i < coins; i++) {
                        assertThat(rho.get(i, i)).isEqualTo(1.0);
                        for (int j = 0; j < coins; j++) {
                            assertThat(rho.get(i, j)).isBetween(-1.0, 1.0).isEqualTo(rho.get(j, i));
                        }
                    }
                });
    }
}
