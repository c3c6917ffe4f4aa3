package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.taxonomy.Group;

/**
 * How one group's covered coins moved over an episode.
 *
 * @param weight the group's share of the covered value
 * @param change the value-weighted change of its covered coins
 * @param coins  how many of its coins are covered
 */
public record GroupMove(Group group, double weight, double change, int coins) {
}
