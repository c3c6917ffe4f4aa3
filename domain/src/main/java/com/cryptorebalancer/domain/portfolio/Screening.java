package com.cryptorebalancer.domain.portfolio;

import java.util.List;

/** The positions that count (positive, priced, not dust) and those left out with their reasons. */
public record Screening(List<Position> eligible, List<Exclusion> excluded) {

    public Screening {
        eligible = List.copyOf(eligible);
        excluded = List.copyOf(excluded);
    }
}
