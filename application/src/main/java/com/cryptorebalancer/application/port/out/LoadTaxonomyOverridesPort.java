package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;

/** The taxonomy changes a person saved; {@link TaxonomyOverrides#NONE} when there are none. */
@FunctionalInterface
public interface LoadTaxonomyOverridesPort {

    TaxonomyOverrides loadOverrides();
}
