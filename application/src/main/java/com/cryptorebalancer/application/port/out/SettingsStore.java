package com.cryptorebalancer.application.port.out;

import java.util.Map;

/** Non-secret settings as text by key; the service knows which keys exist and what they mean. */
public interface SettingsStore {

    /** Every stored setting; a setting never stored is absent. */
    Map<String, String> load();

    /** Stores these settings (a null value removes one), leaving the others as they are, in one transaction. */
    void save(Map<String, String> changes);
}
