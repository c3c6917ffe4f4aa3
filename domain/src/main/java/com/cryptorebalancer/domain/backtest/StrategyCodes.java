package com.cryptorebalancer.domain.backtest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** Reads the codes of {@link Strategy} ({@code buy-and-hold}, {@code monthly}, {@code bands:5pp}...). */
final class StrategyCodes {

    private static final String BANDS = "bands:";

    private StrategyCodes() {
    }

    static Strategy parse(String code) {
        Objects.requireNonNull(code, "strategy code must not be null");
        String text = code.replace(" ", "").toLowerCase(Locale.ROOT);
        String[] parts = text.split("\\+", -1);
        if (parts.length == 1 && text.equals("buy-and-hold")) {
            return new Strategy.BuyAndHold();
        }
        if (parts.length == 1 && !text.startsWith(BANDS)) {
            return new Strategy.Calendar(calendar(text, code));
        }
        if (parts.length == 1) {
            return new Strategy.Bands(band(text, code));
        }
        if (parts.length == 2 && parts[1].startsWith(BANDS)) {
            return new Strategy.CalendarBands(calendar(parts[0], code), band(parts[1], code));
        }
        throw unknown(code);
    }

    private static RebalanceCalendar calendar(String text, String code) {
        for (RebalanceCalendar calendar : RebalanceCalendar.values()) {
            if (calendar.code().equals(text)) {
                return calendar;
            }
        }
        throw unknown(code);
    }

    private static DriftBand band(String text, String code) {
        String width = text.substring(BANDS.length());
        boolean points = width.endsWith("pp");
        if (!points && !width.endsWith("%")) {
            throw new IllegalArgumentException("band of strategy '" + code + "' must end in pp (percentage points)"
                    + " or % (of the target), e.g. bands:5pp or bands:25%");
        }
        double value;
        try {
            // BigDecimal, not Double.parseDouble, which would also take "NaN", "5d" or "0x1p3"
            value = new BigDecimal(width.substring(0, width.length() - (points ? 2 : 1))).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("band of strategy '" + code + "' is not a number: " + width, e);
        }
        return points ? DriftBand.absolutePoints(value) : DriftBand.relativePercent(value);
    }

    private static IllegalArgumentException unknown(String code) {
        return new IllegalArgumentException("unknown strategy '" + code + "': the strategies are buy-and-hold, weekly,"
                + " monthly, quarterly, bands:<X>pp, bands:<X>%, and <period>+bands:<X>pp or <period>+bands:<X>%");
    }
}
