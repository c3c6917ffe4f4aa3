package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import java.time.Instant;

/** A saved plan, kept until deleted. */
public record SavedPlan(long id, Instant createdAt, Long snapshotId, PlanInputs request, PlanReport plan) {
}
