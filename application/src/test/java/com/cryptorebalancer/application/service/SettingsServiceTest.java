package com.cryptorebalancer.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

    private final InMemoryStores stores = new InMemoryStores();
    private final SettingsService service = new SettingsService(stores.settings, stores.profiles);

    private TargetProfile aProfile() {
        return stores.profiles.create("Core", Map.of("BTC", new BigDecimal("100")), InMemoryStores.NOW);
    }

    private static Map<String, String> nullable(String key, String value) {
        Map<String, String> changes = new HashMap<>();
        changes.put(key, value);
        return changes;
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        Settings settings = service.get();

        assertThat(settings.pricingMode()).isEqualTo("local");
        assertThat(settings.defaultMinUsd()).isEqualByComparingTo(PlanOptions.DEFAULT_MIN_USD.value());
        assertThat(settings.defaultMinUsd()).isEqualByComparingTo("1");
        assertThat(settings.defaultMinTradeUsd()).isEqualByComparingTo(PlanOptions.DEFAULT_MIN_TRADE.value());
        assertThat(settings.defaultProfileId()).isNull();
    }

    @Test
    void updatedSettingsAreReadBack() {
        long profileId = aProfile().id();

        Settings returned = service.update(Map.of(Settings.PRICING_MODE, "local", Settings.DEFAULT_MIN_USD, " 2.50 ",
                Settings.DEFAULT_MIN_TRADE_USD, "40", Settings.DEFAULT_PROFILE_ID, Long.toString(profileId)));

        Settings read = service.get();
        assertThat(read).isEqualTo(returned);
        assertThat(read.pricingMode()).isEqualTo("local");
        assertThat(read.defaultMinUsd()).isEqualByComparingTo("2.5");
        assertThat(read.defaultMinTradeUsd()).isEqualByComparingTo("40");
        assertThat(read.defaultProfileId()).isEqualTo(profileId);
    }

    @Test
    void anUpdateLeavesTheSettingsItDoesNotNameAsTheyWere() {
        service.update(Map.of(Settings.DEFAULT_MIN_USD, "3"));

        service.update(Map.of(Settings.DEFAULT_MIN_TRADE_USD, "50"));

        assertThat(service.get().defaultMinUsd()).isEqualByComparingTo("3");
        assertThat(service.get().defaultMinTradeUsd()).isEqualByComparingTo("50");
    }

    @Test
    void aNullValueResetsASettingToItsDefault() {
        long profileId = aProfile().id();
        service.update(Map.of(Settings.DEFAULT_MIN_USD, "5", Settings.DEFAULT_PROFILE_ID, Long.toString(profileId)));

        Settings reset = service.update(nullable(Settings.DEFAULT_MIN_USD, null));
        assertThat(reset.defaultMinUsd()).isEqualByComparingTo(PlanOptions.DEFAULT_MIN_USD.value());
        assertThat(reset.defaultProfileId()).isEqualTo(profileId);

        assertThat(service.update(nullable(Settings.DEFAULT_PROFILE_ID, null)).defaultProfileId()).isNull();
        assertThat(stores.settings.load()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource({
            "colour, blue",
            "default_min_usd, lots",
            "default_min_usd, -1",
            "default_min_trade_usd, 1e20",
            "default_min_trade_usd, -0.01",
            "pricing_mode, live",
            "default_profile_id, 99",
            "default_profile_id, first",
    })
    void aBadSettingIsRefusedOnItsKeyAndNothingIsStored(String key, String value) {
        aProfile();
        service.update(Map.of(Settings.DEFAULT_MIN_USD, "7"));
        int saves = stores.settings.saves;
        Map<String, String> before = stores.settings.load();
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(Settings.DEFAULT_MIN_TRADE_USD, "40"); // a good change alongside the bad one
        changes.put(key, value);

        assertThatThrownBy(() -> service.update(changes)).isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo(key);

        assertThat(stores.settings.saves).isEqualTo(saves);
        assertThat(stores.settings.load()).isEqualTo(before);
    }

    @Test
    void resettingASettingThatDoesNotExistIsRefusedToo() {
        assertThatThrownBy(() -> service.update(nullable("colour", null))).isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo("colour");

        assertThat(stores.settings.saves).isZero();
    }

    @Test
    void aDefaultProfileThatWasDeletedReadsBackAsNone() {
        long profileId = aProfile().id();
        service.update(Map.of(Settings.DEFAULT_PROFILE_ID, Long.toString(profileId)));

        stores.profiles.delete(profileId);

        assertThat(service.get().defaultProfileId()).isNull();
    }
}
