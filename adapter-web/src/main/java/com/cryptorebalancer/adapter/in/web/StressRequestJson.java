package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.StressCommand;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/stress}; every field may be left out.
 *
 * @param episodes ids of the historical episodes to replay ({@code ftx-2022}...); absent or empty for all
 * @param shocks   imagined moves, {@code NAME=PERCENT} each: {@code BTC=-30%}, {@code Memecoins=-60%},
 *                 {@code coin:USDC=-10%}
 * @param minUsd   holdings worth less are left out; absent for the setting
 */
record StressRequestJson(List<String> episodes, List<String> shocks, BigDecimal minUsd) {

    static final StressRequestJson NONE = new StressRequestJson(null, null, null);
    /** More than there are episodes, or shocks a person types: a longer list is a mistake. */
    static final int MAX_ITEMS = 200;

    StressCommand toCommand() {
        Params.atMost(episodes, MAX_ITEMS, "episodes");
        Params.atMost(shocks, MAX_ITEMS, "shocks");
        return new StressCommand(episodes, shocks, minUsd);
    }
}
