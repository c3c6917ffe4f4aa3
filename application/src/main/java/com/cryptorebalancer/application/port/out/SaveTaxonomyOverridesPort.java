package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;

/** Stores a person's taxonomy changes, replacing what was stored. */
@FunctionalInterface
public interface SaveTaxonomyOverridesPort {

    void saveOverrides(TaxonomyOverrides overrides);
}
