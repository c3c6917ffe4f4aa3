package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.stress.StressEpisode;
import java.util.List;

/** What past crashes and imagined shocks would do to the current portfolio. */
public interface StressUseCase {

    /**
     * Replays the episodes asked on the current portfolio's values with the stored daily closes, and applies
     * the shocks asked.
     *
     * @throws InvalidCommandException for an unknown episode ("episodes") or a shock that cannot be read
     *         or is given twice ("shocks")
     */
    StressReport stress(StressCommand command);

    /** The historical episodes there are, oldest first. */
    List<StressEpisode> episodes();
}
