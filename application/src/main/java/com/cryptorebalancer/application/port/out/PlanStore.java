package com.cryptorebalancer.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Saved plans, kept until deleted. */
public interface PlanStore {

    SavedPlan save(NewPlan plan);

    /** Every saved plan, newest first. */
    List<PlanSummary> list();

    Optional<SavedPlan> find(long id);

    /** The id of a saved plan with this {@link NewPlan#fingerprint()}, if there is one (the newest when several). */
    OptionalLong findByFingerprint(String fingerprint);

    /** @return whether there was such a plan */
    boolean delete(long id);
}
