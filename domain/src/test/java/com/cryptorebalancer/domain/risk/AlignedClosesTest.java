package com.cryptorebalancer.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.testdata.SharedPriceHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignedClosesTest {

    private static final Asset A = new Asset("A");
    private static final Asset B = new Asset("B");
    private static final LocalDate D1 = LocalDate.of(2024, 1, 1);

    private static DailyClose close(Asset asset, int day, String usd) {
        return new DailyClose(asset, D1.plusDays(day - 1L), new BigDecimal(usd), new PriceSource("file"));
    }

    @Test
    void keepsOnlyTheDaysEveryCoinHasAndNeverFillsAGap() {
        Map<Asset, List<DailyClose>> history = new LinkedHashMap<>();
        history.put(A, List.of(close(A, 1, "10"), close(A, 2, "11"), close(A, 3, "12"), close(A, 4, "13")));
        history.put(B, List.of(close(B, 4, "4"), close(B, 2, "2"), close(B, 1, "1")));

        AlignedCloses aligned = AlignedCloses.innerJoin(history, D1, D1.plusDays(10));

        assertThat(aligned.assets()).containsExactly(A, B);
        assertThat(aligned.days()).containsExactly(D1, D1.plusDays(1), D1.plusDays(3));
        assertThat(aligned.closesOf(0)).containsExactly(10, 11, 13);
        assertThat(aligned.closesOf(1)).containsExactly(1, 2, 4);

        DailyReturns returns = aligned.returns();
        assertThat(returns.baseDay()).isEqualTo(D1);
        assertThat(returns.days()).containsExactly(D1.plusDays(1), D1.plusDays(3));
        assertThat(returns.get(0, 1)).isCloseTo(13.0 / 11 - 1, within(1e-15));
        assertThat(returns.get(1, 0)).isCloseTo(1.0, within(1e-15));
        assertThat(returns.fixedWeights(new double[] {0.5, 0.5})[0]).isCloseTo(0.5 * 0.1 + 0.5 * 1.0, within(1e-15));
    }

    @Test
    void clipsToTheWindowAndRejectsTwoClosesOnOneDay() {
        Map<Asset, List<DailyClose>> history = Map.of(A, List.of(close(A, 1, "10"), close(A, 2, "11"), close(A, 3, "12")));
        assertThat(AlignedCloses.innerJoin(history, D1.plusDays(1), D1.plusDays(1)).days()).containsExactly(D1.plusDays(1));
        assertThat(AlignedCloses.innerJoin(history, D1.plusDays(1), D1.plusDays(1)).returns().count()).isZero();

        Map<Asset, List<DailyClose>> twice = Map.of(A, List.of(close(A, 1, "10"), close(A, 1, "10.5")));
        assertThatThrownBy(() -> AlignedCloses.innerJoin(twice, D1, D1))
                .hasMessage("A has two closes on 2024-01-01");
        assertThatThrownBy(() -> AlignedCloses.innerJoin(history, D1.plusDays(2), D1))
                .hasMessageContaining("starts (2024-01-03) after it ends (2024-01-01)");
    }

    @Test
    void alignsRealSeriesOfDifferentLengths() {
        AlignedCloses aligned = AlignedCloses.innerJoin(SharedPriceHistory.closes("BTC", "SUI"),
                LocalDate.of(2014, 1, 1), LocalDate.of(2025, 2, 20));

        // SUI runs from 2022-03-18 to 2024-06-04: only its days survive
        assertThat(aligned.days().get(0)).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(aligned.days().get(aligned.dayCount() - 1)).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(aligned.dayCount()).isEqualTo(SharedPriceHistory.closes("SUI").size());
    }

    @Test
    void sampleCovarianceUsesNMinusOne() {
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 4, 6, 9};
        assertThat(SampleStatistics.mean(x)).isEqualTo(2.5);
        assertThat(SampleStatistics.variance(x)).isCloseTo(5.0 / 3, within(1e-15));
        // Σ (x - 2.5)(y - 5.25) = (-1.5)(-3.25) + (-0.5)(-1.25) + (0.5)(0.75) + (1.5)(3.75) = 11.5
        assertThat(SampleStatistics.covariance(x, y)).isCloseTo(11.5 / 3, within(1e-15));
        assertThat(SampleStatistics.variance(new double[] {7})).isNaN();
    }
}
