package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import java.util.List;

/** Plans for the current portfolio, saved with what they were asked and kept until deleted. */
public interface SavedPlansUseCase {

    /**
     * Plans the current portfolio and saves the plan, unless the same plan (same snapshot, taxonomy and
     * resolved request) is saved already: then that one is the answer.
     *
     * @throws InvalidCommandException for targets or options a person got wrong
     * @throws NotFoundException       when the request names a profile that does not exist
     */
    PlanOutcome plan(PlanRequest request);

    /** Newest first. */
    List<PlanSummary> list();

    /** @throws NotFoundException when there is no plan {@code id} */
    SavedPlan get(long id);

    /** The plan's actions as CSV (the CLI's {@code --format csv}). @throws NotFoundException when there is no plan {@code id} */
    String csv(long id);

    /** @throws NotFoundException when there is no plan {@code id} */
    void delete(long id);
}
