package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;

/**
 * Read and change the taxonomy: assign a ticker to a group, add or reorder groups, set a location's
 * kind. Every change is saved at once and answered with the taxonomy as it now is.
 */
public interface ManageTaxonomyUseCase {

    Taxonomy current();

    /** Puts {@code symbol} in the group named {@code group} (any case); the group must exist. */
    Taxonomy setAlias(String symbol, String group);

    /** Forgets a person's assignment of {@code symbol}, falling back to the default table. */
    Taxonomy removeAlias(String symbol);

    /** Adds a group at {@code position} (1-based; null = just before Others). */
    Taxonomy addGroup(String name, Integer position);

    /** Moves a group to {@code position} (1-based). */
    Taxonomy moveGroup(String name, int position);

    /** Decides the kind of a location by name, over the rule table. */
    Taxonomy setLocationKind(String location, LocationKind kind);
}
