package com.cryptorebalancer.domain.risk;

import static com.cryptorebalancer.domain.risk.ValuePaths.D0;
import static com.cryptorebalancer.domain.risk.ValuePaths.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrawdownTest {

    @Test
    void theDeepestFallFromARunningHighWithItsDates() {
        // running high 100, 120, 120, 120, 120, 130, 130: falls 0, 0, -25 %, -50 %, -16.7 %, 0, -15.4 %
        Drawdown drawdown = Drawdown.of(path(100, 120, 90, 60, 100, 130, 110));
        assertThat(drawdown.depth().value()).isCloseTo(-0.5, within(1e-15));
        assertThat(drawdown.peak()).isEqualTo(D0.plusDays(1));
        assertThat(drawdown.trough()).isEqualTo(D0.plusDays(3));
        assertThat(drawdown.recovery()).isEqualTo(D0.plusDays(5)); // 130 is the first close back at 120 or above
        assertThat(drawdown.durationDays()).isEqualTo(4);
        assertThat(drawdown.recovered()).isTrue();
        assertThat(path(100, 120, 90, 60, 100, 130, 110).drawdowns())
                .containsExactly(new double[] {0, 0, -0.25, -0.5, 100.0 / 120 - 1, 0, 110.0 / 130 - 1}, within(1e-15));
    }

    @Test
    void anUnrecoveredFallLastsToTheEndOfThePath() {
        Drawdown drawdown = Drawdown.of(path(100, 80, 90));
        assertThat(drawdown.depth().value()).isCloseTo(-0.2, within(1e-15));
        assertThat(drawdown.peak()).isEqualTo(D0);
        assertThat(drawdown.trough()).isEqualTo(D0.plusDays(1));
        assertThat(drawdown.recovery()).isNull();
        assertThat(drawdown.recovered()).isFalse();
        assertThat(drawdown.durationDays()).isEqualTo(2);
    }

    @Test
    void aFirstDayLossCountsFromTheBaseDay() {
        // V_0 = 1 on the base day, then 0.9 and 0.945: -10 % from the base day
        ValuePath fromReturns = ValuePath.ofReturns(D0, List.of(D0.plusDays(1), D0.plusDays(2)), new double[] {-0.1, 0.05});
        Drawdown drawdown = Drawdown.of(fromReturns);
        assertThat(drawdown.depth().value()).isCloseTo(-0.1, within(1e-15));
        assertThat(drawdown.peak()).isEqualTo(D0);
        assertThat(drawdown.trough()).isEqualTo(D0.plusDays(1));
    }

    @Test
    void aReturnToExactlyTheHighIsARecoveryAndTheNextPeak() {
        Drawdown drawdown = Drawdown.of(path(100, 120, 120, 90, 120, 100));
        // two falls of 25 % and 16.7 %: the first is deeper; its peak is the last day at 120 before it
        assertThat(drawdown.depth().value()).isCloseTo(-0.25, within(1e-15));
        assertThat(drawdown.peak()).isEqualTo(D0.plusDays(2));
        assertThat(drawdown.trough()).isEqualTo(D0.plusDays(3));
        assertThat(drawdown.recovery()).isEqualTo(D0.plusDays(4));
        assertThat(drawdown.durationDays()).isEqualTo(2);
    }

    @Test
    void aPathThatNeverFallsHasNoDrawdownAndNoDates() {
        Drawdown drawdown = Drawdown.of(path(100, 100, 101, 105));
        assertThat(drawdown.depth().value()).isZero();
        assertThat(drawdown.peak()).isNull();
        assertThat(drawdown.durationDays()).isZero();
        assertThat(Drawdown.of(path(100)).depth().undefinedBecause()).isEqualTo("there are no returns in the window");
    }

    @Test
    void cagrCompoundsOverCalendarDaysAndCalmarDividesByTheDrawdown() {
        // 100 -> 80 -> 121 over 730 calendar days: (1.21)^(365/730) - 1 = 10 %; max drawdown -20 %: Calmar 0.5
        ValuePath path = ValuePath.ofValues(List.of(D0, D0.plusDays(365), D0.plusDays(730)), new double[] {100, 80, 121});
        assertThat(path.cagr().value()).isCloseTo(0.1, within(1e-15));
        RiskFigures figures = RiskFigures.of(path, null, 0);
        assertThat(figures.calmar().value()).isCloseTo(0.5, within(1e-14));
        // a day short of a year: (1.1)^(365/364) - 1
        ValuePath shortYear = ValuePath.ofValues(List.of(D0, D0.plusDays(364)), new double[] {100, 110});
        assertThat(shortYear.cagr().value()).isCloseTo(Math.pow(1.1, 365.0 / 364) - 1, within(1e-15));
        assertThat(path(100).cagr().undefinedBecause()).isEqualTo("a growth rate needs closes on two days, there is one");
    }
}
