package com.cryptorebalancer.application.port.out;

import java.time.Instant;

/** A saved plan without its actions, for lists. Amounts are the plan report's strings. */
public record PlanSummary(long id, Instant createdAt, Long snapshotId, String mode, String portfolioUsd,
                          String sellUsd, String buyUsd, int actions) {
}
