package com.cryptorebalancer.application.port.in;

import java.util.Map;

/** Read and change the settings. */
public interface SettingsUseCase {

    Settings get();

    /**
     * Changes the settings named by key ({@link Settings#PRICING_MODE}, ...) to the values given as text;
     * a null value puts a setting back to its default. Checks every change before storing any.
     *
     * @throws InvalidCommandException naming the first unknown key or invalid value
     */
    Settings update(Map<String, String> changes);
}
