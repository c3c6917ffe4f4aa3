package com.cryptorebalancer.domain.portfolio;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Group;
import java.util.Objects;

/**
 * A holding together with what the taxonomy says it is.
 *
 * @param coinId numbers the distinct (group, coin) pairs of its portfolio from 0 (see
 *               {@link Portfolio#coinCount()}), so that per-coin work can index an array instead of hashing
 * @param slotId numbers the distinct (group, coin, location) triples of its portfolio from 0 (see
 *               {@link Portfolio#slotCount()}): holdings of one coin at one place, e.g. SOL and SOL2 at Binance
 * @param locationId numbers the distinct locations of its portfolio from 0 (see {@link Portfolio#locations()})
 */
public record Position(Holding holding, Classification classification, int coinId, int slotId, int locationId) {

    public Position {
        Objects.requireNonNull(holding, "position needs a holding");
        Objects.requireNonNull(classification, "position of " + holding.asset() + " needs a classification");
        if (coinId < 0 || slotId < 0 || locationId < 0) {
            throw new IllegalArgumentException("ids of " + holding.asset() + " must not be negative, were coin " + coinId
                    + ", slot " + slotId + ", location " + locationId);
        }
    }

    /** The coin this really is (SOL for a ticker SOL2). */
    public Asset coin() {
        return classification.coin();
    }

    public Group group() {
        return classification.group();
    }

    public Location location() {
        return holding.location();
    }

    /** The source's valuation; only meaningful when {@link Holding#isPriced()}. */
    public UsdAmount value() {
        return holding.value();
    }
}
