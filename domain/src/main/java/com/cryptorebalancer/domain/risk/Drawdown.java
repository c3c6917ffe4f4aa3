package com.cryptorebalancer.domain.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deepest fall of a value path below its running maximum: min_t (V_t / max_{s≤t} V_s - 1), a
 * negative number (0 when the path never falls), with the episode's dates.
 *
 * <p>Dates: the peak is the last day the path stood at the high it fell from (a return to exactly that
 * high counts as a new high), the trough the first day the deepest point was reached, the recovery the
 * first later day the path is back at or above the peak, null when it never is. The duration runs from
 * the peak to the recovery, or to the path's last day while not recovered. A path that never falls has a
 * depth of 0 and no dates.
 *
 * @param depth        NaN only for a path without returns
 * @param durationDays calendar days from {@code peak} to {@code recovery} (or to the path's end)
 */
public record Drawdown(Figure depth, LocalDate peak, LocalDate trough, LocalDate recovery, long durationDays) {

    public Drawdown {
        java.util.Objects.requireNonNull(depth, "a drawdown needs its depth");
        if ((peak == null) != (trough == null) || (peak == null && recovery != null)) {
            throw new IllegalArgumentException("a drawdown has a peak and a trough, or no dates at all; was peak "
                    + peak + ", trough " + trough + ", recovery " + recovery);
        }
        if (durationDays < 0) {
            throw new IllegalArgumentException("a drawdown's duration must not be negative, was " + durationDays);
        }
    }

    public boolean recovered() {
        return recovery != null;
    }

    /** The maximum drawdown of the path. */
    public static Drawdown of(ValuePath path) {
        if (path.observations() == 0) {
            return new Drawdown(Figure.undefined(ReturnStatistics.NO_RETURNS), null, null, null, 0);
        }
        int n = path.days().size();
        int high = 0;
        double depth = 0;
        int peak = -1;
        int trough = -1;
        for (int t = 1; t < n; t++) {
            double v = path.value(t);
            if (v >= path.value(high)) {
                high = t;
            } else if (v / path.value(high) - 1 < depth) {
                depth = v / path.value(high) - 1;
                peak = high;
                trough = t;
            }
        }
        if (peak < 0) {
            return new Drawdown(Figure.of(0), null, null, null, 0);
        }
        int recovery = trough + 1;
        while (recovery < n && path.value(recovery) < path.value(peak)) {
            recovery++;
        }
        LocalDate peakDay = path.days().get(peak);
        LocalDate recoveryDay = recovery < n ? path.days().get(recovery) : null;
        long duration = ChronoUnit.DAYS.between(peakDay, recoveryDay != null ? recoveryDay : path.end());
        return new Drawdown(Figure.of(depth), peakDay, path.days().get(trough), recoveryDay, duration);
    }
}
