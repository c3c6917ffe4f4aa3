package com.cryptorebalancer.domain.stress;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;

/**
 * How one held coin moved over an episode.
 *
 * @param weight its share of the covered value (the coins with closes on both days)
 * @param change {@code endClose / startClose - 1}
 */
public record CoinMove(Asset coin, Group group, double weight, double startClose, double endClose, double change) {
}
