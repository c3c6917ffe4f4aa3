package com.cryptorebalancer.domain.risk;

import java.util.Objects;

/**
 * The portfolio's risk over a window, seen two ways, on the coins {@link Coverage} says are covered:
 * <ul>
 *   <li>{@code fixedWeights}: today's weights held constant, rebalanced daily (r_p = Σ w_i r_i);</li>
 *   <li>{@code buyAndHold}: today's quantities held through the window (the returns of V_t = Σ q_i P_i,t).</li>
 * </ul>
 * Both are on the same days (the covered coins' common days), with 365 periods a year and a 1-day VaR
 * horizon. Correlations and risk contributions are of the covered coins on those days; concentration is
 * of every coin of the portfolio.
 *
 * @param window        the calendar window asked for; each figure's {@link SampleWindow} says the days it used
 * @param riskFreeRate  the annual risk-free rate of Sharpe and Sortino
 * @param fixedWeightsPath the value path of the fixed weights (1 on the first close), for charts
 * @param buyAndHoldPath   the covered holdings' value in USD each day, for charts
 */
public record RiskReport(RiskWindow window, double riskFreeRate, Coverage coverage, RiskFigures fixedWeights,
                         RiskFigures buyAndHold, ValuePath fixedWeightsPath, ValuePath buyAndHoldPath,
                         CorrelationMatrix correlation, RiskContributions contributions,
                         Concentration concentration) {

    public RiskReport {
        Objects.requireNonNull(window, "a risk report needs its window");
        Objects.requireNonNull(coverage, "a risk report needs its coverage");
        Objects.requireNonNull(fixedWeights, "a risk report needs its fixed-weights figures");
        Objects.requireNonNull(buyAndHold, "a risk report needs its buy-and-hold figures");
        Objects.requireNonNull(fixedWeightsPath, "a risk report needs the fixed weights' value path");
        Objects.requireNonNull(buyAndHoldPath, "a risk report needs the holdings' value path");
        Objects.requireNonNull(correlation, "a risk report needs its correlations");
        Objects.requireNonNull(contributions, "a risk report needs its risk contributions");
        Objects.requireNonNull(concentration, "a risk report needs its concentration");
    }
}
