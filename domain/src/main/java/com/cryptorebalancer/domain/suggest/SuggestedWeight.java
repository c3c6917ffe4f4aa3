package com.cryptorebalancer.domain.suggest;

/**
 * One asset in a suggestion.
 *
 * @param weight                  the suggested share, 0 to 1
 * @param currentWeight           the share held now (relative to the assets suggested for)
 * @param changePoints            weight - currentWeight, in percentage points
 * @param riskContribution        the asset's share of the suggested portfolio's variance, w_i (Σw)_i / wᵀΣw
 * @param currentRiskContribution the same for the current weights
 * @param binding                 whether the weight is held at its floor or cap
 */
public record SuggestedWeight(String name, double weight, double currentWeight, double changePoints,
                              double riskContribution, double currentRiskContribution, double floor, double cap,
                              Binding binding) {

    /** Whether a bound holds the weight (within 1e-9). */
    public enum Binding { NONE, FLOOR, CAP }
}
