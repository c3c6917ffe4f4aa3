package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A targets file: one JSON object of percent by group name, numbers or numeric strings, read exactly
 * as decimals: {@code {"BTC": 40, "ETH": "25", "Stablecoins": 35}}. Every problem is reported with
 * the file, line and column.
 */
final class TargetsFile {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    private TargetsFile() {
    }

    /** @throws InvalidCommandException (field "targets") naming the file, line and column of the problem */
    static Map<String, BigDecimal> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw invalid(file + ": targets file not found", e);
        } catch (CharacterCodingException e) {
            throw invalid(file + ": is not UTF-8 text", e);
        } catch (IOException e) {
            throw invalid(file + ": cannot be read (" + e + ")", e);
        }
        // an editor may have saved it with a byte-order mark, which JSON does not allow
        try (JsonParser parser = JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            try {
                return percents(file, parser);
            } catch (JsonProcessingException e) {
                // Jackson's words on one line, its "[Source: ...; line: 1, column: 24]" as plain "line 1, column 24";
                // a limit Jackson enforces (a number of 1,000 digits) comes without a location: the parser's then
                String message = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
                throw at(file, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                        SOURCE_LOCATION.matcher(message).replaceAll("line $1, column $2"));
            }
        } catch (IOException e) {
            throw invalid(file + ": cannot be read (" + e + ")", e);
        }
    }

    private static Map<String, BigDecimal> percents(Path file, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw at(file, parser.currentTokenLocation(), "expected a JSON object of percent by group, e.g. {\"BTC\": 40, \"ETH\": 60}");
        }
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String group = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                percents.put(group, parser.getDecimalValue());
            } else if (value == JsonToken.VALUE_STRING) {
                try {
                    percents.put(group, new BigDecimal(parser.getText().strip()));
                } catch (NumberFormatException e) {
                    throw at(file, parser.currentTokenLocation(), "target of " + group + ": '" + parser.getText() + "' is not a number");
                }
            } else {
                throw at(file, parser.currentTokenLocation(), "target of " + group + " must be a number, found " + value.asString());
            }
        }
        if (parser.nextToken() != null) {
            throw at(file, parser.currentTokenLocation(), "unexpected content after the closing }");
        }
        return percents;
    }

    private static InvalidCommandException at(Path file, JsonLocation at, String message) {
        // at the end of an empty file the parser reports column 0: people count from 1
        return invalid(file + ": line " + Math.max(1, at.getLineNr()) + ", column " + Math.max(1, at.getColumnNr())
                + ": " + message, null);
    }

    private static InvalidCommandException invalid(String message, Throwable cause) {
        return new InvalidCommandException("targets", message, cause);
    }
}
