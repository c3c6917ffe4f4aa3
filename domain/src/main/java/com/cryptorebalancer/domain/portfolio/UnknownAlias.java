package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import java.util.List;

/**
 * A ticker no rule recognised, with what it is worth (priced, positive holdings only) and where it is
 * held, so that a person can assign it to a group.
 */
public record UnknownAlias(Asset symbol, String coinName, UsdAmount value, int holdings, List<String> locations) {

    public UnknownAlias {
        locations = List.copyOf(locations);
    }
}
