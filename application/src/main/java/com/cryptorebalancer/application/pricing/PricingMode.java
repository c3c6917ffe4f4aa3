package com.cryptorebalancer.application.pricing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the prices of a valuation come from. */
public enum PricingMode {
    /** The values of the imported export only (value / amount, at the export's time); works offline. */
    LOCAL,
    /** Live sources in the configured order, each coin from the first that quotes it. */
    AUTO,
    /**
     * The export's values, replaced by live prices for every coin when the export is older than the
     * configured age, and for a coin the export gives no value for.
     */
    HYBRID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the modes there are */
    public static PricingMode of(String code) {
        for (PricingMode mode : values()) {
            if (mode.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown pricing mode '" + code + "': expected one of "
                + Arrays.stream(values()).map(PricingMode::code).collect(Collectors.joining(", ")));
    }
}
