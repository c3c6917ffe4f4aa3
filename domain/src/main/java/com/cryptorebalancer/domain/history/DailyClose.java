package com.cryptorebalancer.domain.history;

import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The USD close of a coin on one UTC day, and the source that published it. A close is strictly
 * positive: a close of zero (as some published series start) is missing data, never a price.
 */
public record DailyClose(Asset asset, LocalDate day, BigDecimal closeUsd, PriceSource source) {

    public DailyClose {
        Objects.requireNonNull(asset, "daily close needs an asset");
        Objects.requireNonNull(day, "daily close of " + asset + " needs a day");
        Objects.requireNonNull(closeUsd, "daily close of " + asset + " on " + day + " needs a value");
        Objects.requireNonNull(source, "daily close of " + asset + " on " + day + " needs a source");
        if (closeUsd.signum() <= 0) {
            throw new IllegalArgumentException("daily close of " + asset + " on " + day + " must be positive, was "
                    + closeUsd.toPlainString());
        }
    }
}
