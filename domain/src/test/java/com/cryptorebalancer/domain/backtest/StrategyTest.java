package com.cryptorebalancer.domain.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrategyTest {

    @ParameterizedTest(name = "{0} -> {1}: weekly {2}, monthly {3}, quarterly {4}")
    @CsvSource({
            // Sunday 2024-12-29 is in ISO week 52 of 2024, Monday 12-30 opens week 1 of 2025
            "2024-12-29, 2024-12-30, true,  false, false",
            "2024-12-30, 2024-12-31, false, false, false",
            "2024-12-31, 2025-01-01, false, true,  true",
            // Saturday to Sunday stays in the ISO week; the month turns
            "2024-08-31, 2024-09-01, false, true,  false",
            // a gap: Friday 03-29 to Wednesday 04-03 opens a week, a month and a quarter
            "2024-03-29, 2024-04-03, true,  true,  true",
            // 2020-12-31 (Thursday) is in ISO week 53 of 2020, as is Sunday 2021-01-03
            "2020-12-31, 2021-01-03, false, true,  true",
            "2021-01-03, 2021-01-04, true,  false, false",
            // the same month a year later is another month
            "2023-05-15, 2024-05-15, true,  true,  true",
    })
    void aCalendarTradesAtTheFirstCloseOfANewPeriod(LocalDate previous, LocalDate day, boolean weekly,
                                                      boolean monthly, boolean quarterly) {
        assertThat(RebalanceCalendar.WEEKLY.opensNewPeriod(previous, day)).isEqualTo(weekly);
        assertThat(RebalanceCalendar.MONTHLY.opensNewPeriod(previous, day)).isEqualTo(monthly);
        assertThat(RebalanceCalendar.QUARTERLY.opensNewPeriod(previous, day)).isEqualTo(quarterly);
    }

    @Test
    void bandsAreAbsoluteInPercentagePointsOrRelativeToTheTargetAndTheEdgeIsInside() {
        DriftBand points = DriftBand.absolutePoints(5);
        assertThat(points.breached(0.55, 0.5)).isFalse();
        assertThat(points.breached(0.5501, 0.5)).isTrue();
        assertThat(points.breached(0.4499, 0.5)).isTrue();
        DriftBand relative = DriftBand.relativePercent(25);
        // a quarter of 0.2 is 0.05; of 0.8 it is 0.2
        assertThat(relative.breached(0.26, 0.2)).isTrue();
        assertThat(relative.breached(0.74, 0.8)).isFalse();
        assertThat(relative.breached(0.59, 0.8)).isTrue();
        assertThat(relative.breached(0.0001, 0)).isTrue();
        assertThat(relative.breached(0, 0)).isFalse();
    }

    @Test
    void codesReadBackAsTheSameStrategy() {
        for (String code : new String[] {"buy-and-hold", "weekly", "monthly", "quarterly", "bands:5pp", "bands:2.5%",
                "monthly+bands:10pp", "quarterly+bands:20%"}) {
            assertThat(Strategy.parse(code).code()).isEqualTo(code);
        }
        assertThat(Strategy.parse(" Monthly + Bands:5PP")).isEqualTo(new Strategy.CalendarBands(
                RebalanceCalendar.MONTHLY, DriftBand.absolutePoints(5)));
        assertThat(Strategy.parse("bands:25%")).isEqualTo(new Strategy.Bands(DriftBand.relativePercent(25)));
        assertThat(new Strategy.Bands(DriftBand.absolutePoints(5.0)).code()).isEqualTo("bands:5pp");
    }

    @Test
    void aCodeNotUnderstoodSaysWhatTheCodesAre() {
        assertThatThrownBy(() -> Strategy.parse("daily")).hasMessageStartingWith("unknown strategy 'daily': the strategies are buy-and-hold, weekly");
        assertThatThrownBy(() -> Strategy.parse("bands:5")).hasMessageContaining("must end in pp (percentage points) or %");
        assertThatThrownBy(() -> Strategy.parse("bands:NaNpp")).hasMessageContaining("is not a number: nanpp");
        assertThatThrownBy(() -> Strategy.parse("bands:5dpp")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> Strategy.parse("bands:120pp")).hasMessage("an absolute band must be 0 to 100 percentage points wide, was 120.0");
        assertThatThrownBy(() -> Strategy.parse("bands:-1%")).hasMessageContaining("a relative band must be 0 % or more");
        assertThatThrownBy(() -> Strategy.parse("monthly+weekly")).hasMessageStartingWith("unknown strategy 'monthly+weekly'");
        assertThatThrownBy(() -> Strategy.parse("bands:5pp+monthly")).hasMessageStartingWith("unknown strategy");
    }

    @Test
    void aCalendarWithABandTradesOnlyOnCalendarDaysAndOnlyTheCoinsOutside() {
        Strategy strategy = Strategy.parse("monthly+bands:5pp");
        double[] targets = {0.5, 0.3, 0.2};
        double[] drifted = {0.6, 0.22, 0.18};
        LocalDate jan31 = LocalDate.of(2024, 1, 31);
        assertThat(strategy.toTrade(jan31.minusDays(1), jan31, drifted, targets)).isNull();
        assertThat(strategy.toTrade(jan31, jan31.plusDays(1), drifted, targets)).containsExactly(true, true, false);
        assertThat(strategy.toTrade(jan31, jan31.plusDays(1), targets, targets)).isNull();
        assertThat(new Strategy.Bands(DriftBand.absolutePoints(5)).toTrade(jan31.minusDays(1), jan31, drifted, targets))
                .containsExactly(true, true, false);
    }
}
