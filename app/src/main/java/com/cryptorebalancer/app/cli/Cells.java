package com.cryptorebalancer.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the report's number strings are shown in tables; JSON and CSV keep them exactly as they are. */
final class Cells {

    /** Prices are shown to 8 significant digits (enough to tell a price from its neighbours). */
    private static final MathContext PRICE_DIGITS = new MathContext(8, RoundingMode.HALF_EVEN);

    private Cells() {
    }

    /** "1234567.80" as "1,234,567.80"; null as "-". */
    static String usd(String amount) {
        if (amount == null) {
            return "-";
        }
        boolean negative = amount.startsWith("-");
        String digits = negative ? amount.substring(1) : amount;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }

    static String price(String price) {
        return price == null ? "-" : new BigDecimal(price).round(PRICE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** An ISO instant as its date when it is midnight UTC (how dated exports are valued), else to the minute. */
    static String time(String instant) {
        if (instant == null) {
            return "-";
        }
        if (instant.endsWith("T00:00:00Z")) {
            return instant.substring(0, instant.length() - "T00:00:00Z".length());
        }
        // to the minute, in UTC, as people read it: "2025-02-20 12:00Z"
        try {
            return Instant.parse(instant).truncatedTo(ChronoUnit.MINUTES).toString()
                    .replace('T', ' ').replace(":00Z", "Z");
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** A statistic that is a fraction (0.0488) as a percentage with two decimals ("4.88 %"); "-" when undefined. */
    static String fraction(Double fraction) {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }

    /** A ratio or moment (Sharpe, skewness, beta) with three decimals; "-" when undefined. */
    static String ratio(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
