package com.cryptorebalancer.domain.backtest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * When a backtest trades back towards its targets, and which coins. Every strategy starts with the same
 * initial purchase at the targets on the first day; {@link #toTrade} is asked on every later close.
 *
 * <p>Codes, as {@link #code()} writes and {@link #parse} reads them: {@code buy-and-hold}, {@code weekly},
 * {@code monthly}, {@code quarterly}, {@code bands:5pp} (absolute), {@code bands:25%} (relative), and a
 * calendar with a band, {@code monthly+bands:5pp}.
 */
public sealed interface Strategy {

    String code();

    /**
     * The coins that trade back to their target at today's close, or null when nothing trades.
     *
     * @param previous the close before today
     * @param weights  each coin's share of the portfolio's value at today's close, before trading
     */
    boolean[] toTrade(LocalDate previous, LocalDate day, double[] weights, double[] targets);

    /** Buy at the targets once, never trade again. */
    record BuyAndHold() implements Strategy {
        @Override
        public String code() {
            return "buy-and-hold";
        }

        @Override
        public boolean[] toTrade(LocalDate previous, LocalDate day, double[] weights, double[] targets) {
            return null;
        }
    }

    /** Every coin back to its target at the first close of each new period. */
    record Calendar(RebalanceCalendar calendar) implements Strategy {
        public Calendar {
            Objects.requireNonNull(calendar, "a calendar strategy needs a period");
        }

        @Override
        public String code() {
            return calendar.code();
        }

        @Override
        public boolean[] toTrade(LocalDate previous, LocalDate day, double[] weights, double[] targets) {
            if (!calendar.opensNewPeriod(previous, day)) {
                return null;
            }
            boolean[] all = new boolean[weights.length];
            Arrays.fill(all, true);
            return all;
        }
    }

    /** On any close, the coins outside the band back to their targets. */
    record Bands(DriftBand band) implements Strategy {
        public Bands {
            Objects.requireNonNull(band, "a bands strategy needs a band");
        }

        @Override
        public String code() {
            return "bands:" + band.code();
        }

        @Override
        public boolean[] toTrade(LocalDate previous, LocalDate day, double[] weights, double[] targets) {
            return outside(band, weights, targets);
        }
    }

    /** At the first close of each new period, the coins then outside the band back to their targets. */
    record CalendarBands(RebalanceCalendar calendar, DriftBand band) implements Strategy {
        public CalendarBands {
            Objects.requireNonNull(calendar, "a calendar-and-band strategy needs a period");
            Objects.requireNonNull(band, "a calendar-and-band strategy needs a band");
        }

        @Override
        public String code() {
            return calendar.code() + "+bands:" + band.code();
        }

        @Override
        public boolean[] toTrade(LocalDate previous, LocalDate day, double[] weights, double[] targets) {
            return calendar.opensNewPeriod(previous, day) ? outside(band, weights, targets) : null;
        }
    }

    /** The coins outside {@code band}, or null when none is. */
    private static boolean[] outside(DriftBand band, double[] weights, double[] targets) {
        boolean[] breached = null;
        for (int i = 0; i < weights.length; i++) {
            if (band.breached(weights[i], targets[i])) {
                if (breached == null) {
                    breached = new boolean[weights.length];
                }
                breached[i] = true;
            }
        }
        return breached;
    }

    /**
     * Reads a strategy's code (any case, spaces ignored).
     *
     * @throws IllegalArgumentException naming the code and the codes there are
     */
    static Strategy parse(String code) {
        return StrategyCodes.parse(code);
    }
}
