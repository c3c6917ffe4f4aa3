package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.stress.EpisodeResult;
import com.cryptorebalancer.domain.stress.ShockResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The current portfolio under past crashes and imagined shocks. Changes are fractions, negative for losses.
 *
 * @param basis         where the holdings came from
 * @param totalValueUsd what the holdings stressed are worth now
 * @param episodes      each episode asked, oldest first
 * @param shocks        the shocks asked applied; null when none was asked
 */
public record StressReport(CurrentPortfolio.Basis basis, BigDecimal totalValueUsd, List<EpisodeResult> episodes,
                           ShockResult shocks) {

    public StressReport {
        Objects.requireNonNull(totalValueUsd, "a stress report needs the portfolio's value");
        episodes = List.copyOf(episodes);
    }
}
