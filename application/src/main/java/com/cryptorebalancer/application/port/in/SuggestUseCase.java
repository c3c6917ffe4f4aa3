package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.application.port.out.TargetProfile;

/** Target weights suggested by portfolio optimisation over the stored daily closes. */
public interface SuggestUseCase {

    /**
     * @throws InvalidCommandException for invalid input (the field named), bounds no portfolio meets, a
     *                                 method the data does not allow ("method"), or no usable history
     */
    SuggestResult suggest(SuggestQuery query);

    /**
     * Suggests at group level and saves the weights as a target profile named {@code name}: percentages
     * rounded to 2 decimals adding up to exactly 100 (largest remainder), groups left out at 0.
     *
     * @throws InvalidCommandException as {@link #suggest}, for a coin-level query ("level"), or a bad name
     * @throws ConflictException       when a profile of that name exists
     */
    TargetProfile saveAsProfile(String name, SuggestQuery query);
}
