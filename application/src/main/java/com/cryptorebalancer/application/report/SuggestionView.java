package com.cryptorebalancer.application.report;

import com.cryptorebalancer.application.port.in.SuggestResult;
import com.cryptorebalancer.application.suggest.TargetPercents;
import com.cryptorebalancer.domain.suggest.SuggestedWeight;
import com.cryptorebalancer.domain.suggest.Suggestion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A target suggestion as the command line and the API show it: weights as fractions (0 to 1) with their
 * change from today in percentage points, the risk each carries, the expected volatility against today's on
 * the same covariance, and {@code targets}: the weights as percentages with two decimals adding up to
 * exactly 100, as a target profile saved from it would hold them. Undefined figures are null.
 */
public record SuggestionView(String method, String level, LocalDate windowStart, LocalDate windowEnd, int observations,
                             int periodsPerYear, String covariance, Double shrinkage, double riskFreeRate,
                             double expectedVolatility, double currentVolatility, Double expectedReturn, Double sharpe,
                             List<WeightLine> weights, Map<String, BigDecimal> targets,
                             List<SuggestResult.Component> components, List<LeftOutLine> leftOut, String totalUsd,
                             String coveredPercent, List<String> notes) {

    /** @param binding {@code none}, {@code floor} or {@code cap}: the bound that holds this weight, if any */
    public record WeightLine(String name, double weight, double currentWeight, double changePoints, double riskContribution,
                             double currentRiskContribution, double floor, double cap, String binding) {
    }

    public record LeftOutLine(String name, String kind, String valueUsd, String reason) {
    }

    public static SuggestionView of(SuggestResult result) {
        Suggestion s = result.suggestion();
        Map<String, Double> weights = new LinkedHashMap<>();
        s.weights().forEach(w -> weights.put(w.name(), w.weight()));
        return new SuggestionView(s.method().code(), result.level().code(), result.first(), result.last(), s.observations(),
                s.periodsPerYear(), s.covariance().code(), number(s.shrinkage()), s.riskFreeRate(), s.volatility(),
                s.currentVolatility(), number(s.expectedReturn()), number(s.sharpe()),
                s.weights().stream().map(SuggestionView::line).toList(), TargetPercents.of(weights), result.components(),
                result.leftOut().stream().map(l -> new LeftOutLine(l.name(), l.kind().name().toLowerCase(Locale.ROOT),
                        Amounts.usd(l.valueUsd()), l.reason())).toList(),
                Amounts.usd(result.totalUsd()), result.coveredPercent().toPlainString(), notes(result));
    }

    private static WeightLine line(SuggestedWeight w) {
        return new WeightLine(w.name(), w.weight(), w.currentWeight(), w.changePoints(), w.riskContribution(),
                w.currentRiskContribution(), w.floor(), w.cap(), w.binding().name().toLowerCase(Locale.ROOT));
    }

    /** What the service says of the portfolio's coverage and bounds, then what the solver says of its solution. */
    private static List<String> notes(SuggestResult result) {
        List<String> notes = new ArrayList<>(result.notes());
        notes.addAll(result.suggestion().notes());
        return notes;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
