package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.money.Asset;
import java.math.BigDecimal;

/**
 * A row after checking: either good (no problem) or skipped for {@code problem}.
 *
 * @param worth the row's USD value when it could be read (also for a skipped row, for the USD read);
 *              null when the row has no value or an unreadable one
 */
record ParsedRow(Asset asset, String name, Location location, BigDecimal amount, BigDecimal worth,
                 RowProblem problem) {

    boolean isGood() {
        return problem == null;
    }

    /** Whether the source gave a value other than zero: the holding is priced. */
    boolean isValued() {
        return worth != null && worth.signum() != 0;
    }
}
