package com.cryptorebalancer.domain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made value paths for the risk tests: one value a day from {@link #D0}. */
final class ValuePaths {

    static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    private ValuePaths() {
    }

    static ValuePath path(double... values) {
        List<LocalDate> days = new ArrayList<>();
        for (int t = 0; t < values.length; t++) {
            days.add(D0.plusDays(t));
        }
        return ValuePath.ofValues(days, values);
    }
}
