package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.suggest.Suggestion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Suggested target weights for the current portfolio and what they rest on.
 *
 * @param first          the day of the first close used (returns start the day after)
 * @param last           the day of the last close used
 * @param suggestion     the weights per group or coin, with their risk contributions and changes, the
 *                       covariance used and the expected volatility (annualised with 365)
 * @param components     the coins behind each asset: at group level the coins of each group's index with
 *                       their weights in it, at coin level each coin alone
 * @param leftOut        groups and coins without stored closes over the whole window, with why
 * @param totalUsd       the portfolio's value (holdings that count)
 * @param coveredPercent the share of that value held in coins whose history the suggestion uses, in percent
 * @param notes          what the suggestion's figures mean, in words
 */
public record SuggestResult(SuggestQuery.Level level, LocalDate first, LocalDate last, Suggestion suggestion,
                            List<Component> components, List<LeftOut> leftOut, BigDecimal totalUsd,
                            BigDecimal coveredPercent, List<String> notes) {

    public SuggestResult {
        components = List.copyOf(components);
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
    }

    /** A coin in an asset's index: its value now and its fixed weight in the index (1 at coin level). */
    public record Component(String asset, String coin, BigDecimal valueUsd, double indexWeight) {
    }

    /** A group or coin the suggestion could not use, its value and why. */
    public record LeftOut(String name, Kind kind, BigDecimal valueUsd, String reason) {

        public enum Kind { GROUP, COIN }
    }
}
