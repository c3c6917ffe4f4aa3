package com.cryptorebalancer.application.port.out;

import java.util.List;
import java.util.Optional;

/** Saved plans, kept until deleted. */
public interface PlanStore {

    SavedPlan save(NewPlan plan);

    /** Every saved plan, newest first. */
    List<PlanSummary> list();

    Optional<SavedPlan> find(long id);

    /** @return whether there was such a plan */
    boolean delete(long id);
}
