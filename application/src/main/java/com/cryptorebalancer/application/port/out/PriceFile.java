package com.cryptorebalancer.application.port.out;

import com.cryptorebalancer.domain.history.DailyClose;
import com.cryptorebalancer.domain.money.Asset;
import java.util.List;

/**
 * One daily history file read.
 *
 * @param file    its name
 * @param asset   the coin its name says
 * @param closes  the days read, in day order (source {@code file})
 * @param skipped the rows not read, each with its line, field, value and reason (a close of 0 is missing
 *                data, a day twice, a text that is no number...)
 */
public record PriceFile(String file, Asset asset, List<DailyClose> closes, List<RowProblem> skipped) {

    public PriceFile {
        closes = List.copyOf(closes);
        skipped = List.copyOf(skipped);
    }
}
