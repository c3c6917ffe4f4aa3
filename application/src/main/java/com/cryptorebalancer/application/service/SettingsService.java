package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.port.in.Validation;
import com.cryptorebalancer.application.port.out.SettingsStore;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings, with their defaults, checked before any is stored. */
public final class SettingsService implements SettingsUseCase {

    /** The pricing modes: the export's own values (local), live sources (auto), or the export refreshed when old (hybrid). */
    public static final List<String> PRICING_MODES = java.util.Arrays.stream(PricingMode.values()).map(PricingMode::code).toList();

    private static final List<String> KEYS = List.of(Settings.PRICING_MODE, Settings.DEFAULT_MIN_USD,
            Settings.DEFAULT_MIN_TRADE_USD, Settings.DEFAULT_PROFILE_ID);

    private final SettingsStore store;
    private final TargetProfileStore profiles;

    public SettingsService(SettingsStore store, TargetProfileStore profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    @Override
    public Settings get() {
        Map<String, String> stored = store.load();
        String profile = stored.get(Settings.DEFAULT_PROFILE_ID);
        Long profileId = profile == null ? null : Long.valueOf(profile);
        if (profileId != null && profiles.find(profileId).isEmpty()) {
            profileId = null; // the profile was deleted since: no default then
        }
        return new Settings(stored.getOrDefault(Settings.PRICING_MODE, PlanRebalanceService.LOCAL_PRICING),
                usd(stored.get(Settings.DEFAULT_MIN_USD), PlanOptions.DEFAULT_MIN_USD.value()),
                usd(stored.get(Settings.DEFAULT_MIN_TRADE_USD), PlanOptions.DEFAULT_MIN_TRADE.value()), profileId);
    }

    @Override
    public Settings update(Map<String, String> changes) {
        Map<String, String> checked = new LinkedHashMap<>();
        // a null resets a setting to its default, but only a setting that exists
        new HashMap<>(changes).forEach((key, value) -> checked.put(key, value == null ? known(key) : check(key, value.strip())));
        store.save(checked);
        return get();
    }

    private String check(String key, String value) {
        switch (key) {
            case Settings.PRICING_MODE:
                if (!PRICING_MODES.contains(value)) {
                    throw new InvalidCommandException(key, "pricing mode must be one of " + PRICING_MODES + ", was '" + value + "'");
                }
                return value;
            case Settings.DEFAULT_MIN_USD:
            case Settings.DEFAULT_MIN_TRADE_USD:
                return Validation.usd(decimal(key, value), key).toPlainString();
            case Settings.DEFAULT_PROFILE_ID:
                long id = profileId(value);
                if (profiles.find(id).isEmpty()) {
                    throw new InvalidCommandException(key, "no target profile " + id);
                }
                return Long.toString(id);
            default:
                return known(key);
        }
    }

    /** Null, for a key that is a setting. */
    private static String known(String key) {
        if (!KEYS.contains(key)) {
            throw new InvalidCommandException(key, "unknown setting '" + key + "'; the settings are " + KEYS);
        }
        return null;
    }

    private static BigDecimal decimal(String key, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidCommandException(key, key + " must be a number of USD, was '" + value + "'", e);
        }
    }

    private static long profileId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidCommandException(Settings.DEFAULT_PROFILE_ID, "profile id must be a whole number, was '"
                    + value + "'", e);
        }
    }

    /** A stored amount, or the default when none is stored. */
    private static BigDecimal usd(String stored, BigDecimal fallback) {
        return stored == null ? fallback : new BigDecimal(stored);
    }
}
