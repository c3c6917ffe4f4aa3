package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a person can change, and what this installation is. A {@code PUT} sends all settings or
 * some; {@code null} puts one back to its default; numbers may be JSON numbers or strings.
 */
final class SettingsEndpoints {

    private static final List<String> KEYS = List.of(Settings.PRICING_MODE, Settings.DEFAULT_MIN_USD,
            Settings.DEFAULT_MIN_TRADE_USD, Settings.DEFAULT_PROFILE_ID);

    /** What {@code GET /api/v1/system} answers. */
    record SystemJson(String dataDir, String database, List<String> pricingModes, String apiToken, String version) {
    }

    private final Json json;
    private final SettingsUseCase settings;
    private final SystemJson system;

    SettingsEndpoints(Json json, SettingsUseCase settings, WebSettings web) {
        this.json = json;
        this.settings = settings;
        WebSettings.SystemInfo info = web.system();
        this.system = new SystemJson(info.dataDir(), info.database(), info.pricingModes(),
                web.apiToken() == null ? "not set" : "set", info.version());
    }

    void get(Context ctx) {
        json.write(ctx, 200, settings.get());
    }

    void update(Context ctx) {
        json.write(ctx, 200, settings.update(changes(json.readTree(ctx))));
    }

    void system(Context ctx) {
        json.write(ctx, 200, system);
    }

    /** The settings named in the body, as text; a key given as null maps to null. */
    private static Map<String, String> changes(JsonNode body) {
        if (!body.isObject()) {
            throw ApiProblem.invalid(null, "the body must be a JSON object of settings, e.g. {\"default_min_usd\": \"5\"}");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (!KEYS.contains(key)) {
                throw ApiProblem.invalid(key, "unknown property '" + key + "'; known: " + String.join(", ", KEYS));
            }
            changes.put(key, text(key, field.getValue()));
        }
        return changes;
    }

    private static String text(String key, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber() && !key.equals(Settings.PRICING_MODE)) {
            return Json.text(value.decimalValue());
        }
        throw ApiProblem.invalid(key, key.equals(Settings.PRICING_MODE) ? "must be a string"
                : "must be a number (a JSON number or a string such as \"5\") or null");
    }
}
