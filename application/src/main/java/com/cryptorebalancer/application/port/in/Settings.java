package com.cryptorebalancer.application.port.in;

import java.math.BigDecimal;

/**
 * The non-secret settings a person can change from the dashboard.
 *
 * @param pricingMode        how holdings are priced; {@code local} (the export's own values) until live sources exist
 * @param defaultMinUsd      holdings worth less are left out of views and plans unless a request says otherwise
 * @param defaultMinTradeUsd trades smaller than this are skipped unless a request says otherwise
 * @param defaultProfileId   the target profile the dashboard starts from, or null
 */
public record Settings(String pricingMode, BigDecimal defaultMinUsd, BigDecimal defaultMinTradeUsd,
                       Long defaultProfileId) {

    public static final String PRICING_MODE = "pricing_mode";
    public static final String DEFAULT_MIN_USD = "default_min_usd";
    public static final String DEFAULT_MIN_TRADE_USD = "default_min_trade_usd";
    public static final String DEFAULT_PROFILE_ID = "default_profile_id";
}
