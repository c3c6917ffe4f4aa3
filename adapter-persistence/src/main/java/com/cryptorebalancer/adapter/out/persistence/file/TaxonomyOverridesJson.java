package com.cryptorebalancer.adapter.out.persistence.file;

import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.domain.taxonomy.UnknownGroupException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The taxonomy file's JSON, version 1:
 * <pre>{"version": 1, "aliases": {"XYZ": "DeFi"}, "group_order": ["BTC", ...], "location_kinds": {"vsync": "software_wallet"}}</pre>
 * Read with a streaming parser so that every problem is reported at its line and column; every key is
 * optional except {@code version}, and a key we do not know is refused rather than silently ignored.
 */
final class TaxonomyOverridesJson {

    static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    private TaxonomyOverridesJson() {
    }

    /** Always the same text for the same overrides: keys in a fixed order, maps sorted, "\n" line ends. */
    static String write(TaxonomyOverrides overrides) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeObjectFieldStart("aliases");
            for (Map.Entry<Asset, Group> alias : overrides.aliases().entrySet()) {
                json.writeStringField(alias.getKey().symbol(), alias.getValue().name());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("group_order");
            for (Group group : overrides.groupOrder()) {
                json.writeString(group.name());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("location_kinds");
            for (Map.Entry<String, LocationKind> kind : overrides.locationKinds().entrySet()) {
                json.writeStringField(kind.getKey(), kind.getValue().code());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return out.append('\n').toString();
    }

    /** @throws TaxonomyFileException naming {@code file}, the line, the column and what is wrong */
    static TaxonomyOverrides read(Path file, String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                return new Reading(file, parser).overrides();
            } catch (JsonProcessingException e) {
                // a limit Jackson enforces (a number of 1,000 digits, nesting 1,000 deep) comes without a location
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new TaxonomyFileException(file, at.getLineNr(), at.getColumnNr(), parserMessage(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON from memory", e);
        }
    }

    /** Jackson's own words, on one line, with its "[Source: ...; line: 1, column: 24]" as plain "line 1, column 24". */
    static String parserMessage(JsonProcessingException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
        return SOURCE_LOCATION.matcher(first).replaceAll("line $1, column $2");
    }

    /** One pass over one file. */
    private static final class Reading {

        private final Path file;
        private final JsonParser parser;
        private final Map<Asset, Group> aliases = new LinkedHashMap<>();
        private final Map<Asset, JsonLocation> aliasAt = new HashMap<>();
        private final List<Group> order = new ArrayList<>();
        private final Map<String, LocationKind> kinds = new LinkedHashMap<>();

        Reading(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        TaxonomyOverrides overrides() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem("expected a JSON object such as {\"version\": 1, \"aliases\": {}}, found " + found());
            }
            boolean versioned = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation fieldAt = parser.currentTokenLocation();
                parser.nextToken();
                switch (field) {
                    case "version" -> versioned = checkVersion();
                    case "aliases" -> readStrings("aliases", this::alias);
                    case "group_order" -> readGroupOrder();
                    case "location_kinds" -> readStrings("location_kinds", this::locationKind);
                    default -> throw problem(fieldAt, "unknown key \"" + field
                            + "\"; expected version, aliases, group_order, location_kinds");
                }
            }
            if (parser.nextToken() != null) {
                throw problem("unexpected content after the closing }");
            }
            if (!versioned) {
                throw new TaxonomyFileException(file, 1, 1, "\"version\": " + VERSION + " is missing");
            }
            return checkedGroups(new TaxonomyOverrides(aliases, order, kinds));
        }

        private boolean checkVersion() throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != VERSION) {
                throw problem("unsupported version " + parser.getText() + "; this program reads version " + VERSION);
            }
            return true;
        }

        /** Reads {"key": "value", ...}, handing each pair to {@code entry} while the parser is on the value. */
        private void readStrings(String field, BiConsumer<String, String> entry) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw problem("\"" + field + "\" must be an object of strings, found " + found());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                entry.accept(key, text(field + "." + key));
            }
        }

        private void readGroupOrder() throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw problem("\"group_order\" must be an array of group names, found " + found());
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Group group = valid(() -> Group.of(text("group_order entry")));
                if (order.contains(group)) {
                    throw problem("group '" + group + "' is listed twice in group_order");
                }
                order.add(group);
            }
        }

        private void alias(String symbol, String group) {
            Asset asset = valid(() -> Asset.of(symbol));
            aliases.put(asset, valid(() -> Group.of(group)));
            aliasAt.put(asset, parser.currentTokenLocation());
        }

        private void locationKind(String location, String kind) {
            if (location.isBlank()) {
                throw problem("a location name must not be blank");
            }
            kinds.put(location, valid(() -> LocationKind.fromCode(kind)));
        }

        /** An alias may only name a default group or one listed in group_order. */
        private TaxonomyOverrides checkedGroups(TaxonomyOverrides overrides) {
            try {
                Taxonomy.withOverrides(overrides);
                return overrides;
            } catch (UnknownGroupException e) {
                Asset first = aliases.entrySet().stream().filter(a -> a.getValue().equals(Group.of(e.name())))
                        .map(Map.Entry::getKey).findFirst().orElseThrow(() -> e);
                throw problem(aliasAt.get(first), "alias " + first + ": " + e.getMessage());
            }
        }

        private String text(String what) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw problem(what + " must be a string, found " + found());
            }
            try {
                return parser.getText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private <T> T valid(Supplier<T> value) {
            try {
                return value.get();
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }

        private String found() {
            JsonToken token = parser.currentToken();
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_STRING -> "a string";
                default -> "'" + token.asString() + "'";
            };
        }

        private TaxonomyFileException problem(String message) {
            return problem(parser.currentTokenLocation(), message);
        }

        private TaxonomyFileException problem(JsonLocation at, String message) {
            // at the end of an empty file the parser reports column 0: people count from 1
            return new TaxonomyFileException(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
        }
    }
}
