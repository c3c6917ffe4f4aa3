package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.SavedPlan;

/**
 * The saved plan a request got, and whether it was made and saved now or had been saved before: a
 * plan asked for again (same portfolio, same taxonomy, same request) is the one already saved.
 */
public record PlanOutcome(SavedPlan plan, boolean created) {
}
