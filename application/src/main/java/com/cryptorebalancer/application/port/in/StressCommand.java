package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stress test of the current portfolio.
 *
 * @param episodes ids of historical episodes ({@code bear-2018}, {@code ftx-2022}...); null or empty for all
 * @param shocks   imagined moves, {@code NAME=PERCENT} each: a group ({@code Memecoins=-60%}) or a coin
 *                 ({@code USDC=-10%}); a name that is both a group and a coin is the group unless written
 *                 {@code coin:BTC=-30%}; a coin's shock overrides its group's
 * @param minUsd   holdings worth less are left out; null for the setting
 */
public record StressCommand(List<String> episodes, List<String> shocks, BigDecimal minUsd) {

    public StressCommand {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
        shocks = shocks == null ? List.of() : List.copyOf(shocks);
        if (minUsd != null) {
            Validation.usd(minUsd, "min_usd");
        }
    }
}
