package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.application.report.PlanInputs;
import com.cryptorebalancer.application.report.PlanReport;
import java.time.Instant;
import java.util.Objects;

/**
 * A plan about to be saved: what it was asked with and what it answered.
 *
 * @param snapshotId  the snapshot it was made from, or null for the demo portfolio
 * @param fingerprint what determines the plan (snapshot, taxonomy, resolved request) as a short hash: the same
 *                    fingerprint always gives the same plan, so a plan asked for again need not be stored again
 */
public record NewPlan(Instant createdAt, Long snapshotId, PlanInputs request, PlanReport plan, String fingerprint) {

    public NewPlan {
        Objects.requireNonNull(createdAt, "plan needs a time");
        Objects.requireNonNull(request, "plan needs its request");
        Objects.requireNonNull(plan, "plan needs its result");
        Objects.requireNonNull(fingerprint, "plan needs its fingerprint");
    }
}
