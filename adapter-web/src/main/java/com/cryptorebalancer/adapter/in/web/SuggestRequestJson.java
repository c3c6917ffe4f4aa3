package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.SuggestQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/suggestions} (and, with {@code name}, of {@code /suggestions/profiles}).
 *
 * @param method          min-variance, risk-parity or max-sharpe (required)
 * @param level           groups (default) or coins
 * @param windowDays      how many daily returns, 7 to 3650 (default 365)
 * @param end             the window's last day (default: the latest stored close of the portfolio's coins)
 * @param floors          lowest weights in percent by group or coin name
 * @param caps            highest weights in percent by group or coin name
 * @param covariance      sample, ledoit-wolf-constant-correlation or ledoit-wolf-scaled-identity (default: the method's)
 * @param riskFreePercent the annual risk-free rate in percent, for max-sharpe (default 0)
 * @param name            the target profile's name, for {@code /suggestions/profiles}
 */
record SuggestRequestJson(String method, String level, Integer windowDays, LocalDate end, Map<String, BigDecimal> floors,
                          Map<String, BigDecimal> caps, String covariance, BigDecimal riskFreePercent, String name) {

    /** More bounds than there are groups or coins a person holds is a mistake. */
    static final int MAX_BOUNDS = 500;

    SuggestQuery toQuery() {
        Params.atMost(floors, MAX_BOUNDS, "floors");
        Params.atMost(caps, MAX_BOUNDS, "caps");
        return SuggestQuery.parse(method, level, windowDays, end, floors, caps, covariance, riskFreePercent);
    }
}
