package com.cryptorebalancer.application.report;

import java.util.Map;

/**
 * What a saved plan was asked, as resolved (targets filled in from the profile, defaults applied), in
 * the API's words: every number a string.
 *
 * @param profileId   the target profile the targets came from, or null for targets given inline
 * @param profileName that profile's name when the plan was made
 */
public record PlanInputs(Map<String, String> targets, Long profileId, String profileName, String mode,
                         String cashUsd, String minUsd, String minTradeUsd, PlanReport.BandLine band,
                         Map<String, Map<String, String>> primaries) {
}
