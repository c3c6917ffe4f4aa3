package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the generic JSON holdings format with Jackson's streaming parser. Numbers are taken as the text
 * the file wrote (Jackson keeps a number's source text), so none passes through a {@code double}. A
 * row's line is the line of its object's opening brace; keys are matched in any case and unknown keys
 * are ignored.
 */
final class GenericJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String HOLDINGS = "holdings";

    private final String source;
    private final List<String> keys;
    private final RowSink sink;

    GenericJsonReader(String source, Columns keys, RowSink sink) {
        this.source = source;
        this.keys = List.of(keys.symbol(), keys.name(), keys.location(), keys.amount(), keys.value(), keys.price());
        this.sink = sink;
    }

    void read(String text, int start) {
        try (JsonParser parser = JSON.createParser(text.substring(start))) {
            try {
                readDocument(parser);
            } catch (JsonProcessingException e) {
                // a limit Jackson enforces (a number of 1,000 digits, arrays nested 1,000 deep) comes without a location
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InvalidHoldingsFileException(source, "not valid JSON at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + ": " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e);
        }
    }

    private void readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            moveToHoldings(parser);
        } else if (first != JsonToken.START_ARRAY) {
            throw notHoldings(parser, "the document starts with " + describe(first));
        }
        readElements(parser);
        if (first == JsonToken.START_OBJECT) {
            skipFieldsToEnd(parser);
        }
        if (parser.nextToken() != null) {
            throw notHoldings(parser, "there is more after the holdings");
        }
    }

    /** In the top-level object, moves onto the start of the "holdings" array, skipping other keys. */
    private void moveToHoldings(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean holdings = HOLDINGS.equalsIgnoreCase(parser.currentName());
            JsonToken value = parser.nextToken();
            if (holdings && value == JsonToken.START_ARRAY) {
                return;
            }
            if (holdings) {
                throw notHoldings(parser, "\"holdings\" is " + describe(value) + ", not an array");
            }
            parser.skipChildren();
        }
        throw notHoldings(parser, "the object has no \"holdings\" array");
    }

    private void skipFieldsToEnd(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private void readElements(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) { // Jackson reports an unclosed array itself; this only guards the loop
                throw notHoldings(parser, "the holdings array is never closed");
            }
            readElement(parser, token);
        }
    }

    private void readElement(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            sink.reject(RowReason.WRONG_TYPE.at(line, null, null, "expected an object, found " + describe(token)));
            return;
        }
        String[] parts = new String[keys.size()];
        RowProblem problem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int part = partOf(parser.currentName());
            JsonToken value = parser.nextToken();
            if (part >= 0 && isTextOrNumber(value)) {
                parts[part] = value == JsonToken.VALUE_NULL ? null : parser.getText();
            } else if (part >= 0 && problem == null) {
                problem = RowReason.WRONG_TYPE.at(line, keys.get(part), value.isScalarValue() ? parser.getText() : null,
                        "expected a text or a number, found " + describe(value));
            }
            parser.skipChildren();
        }
        if (problem != null) {
            sink.reject(problem);
        } else {
            sink.accept(new SourceRow(line, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]));
        }
    }

    private int partOf(String key) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equalsIgnoreCase(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTextOrNumber(JsonToken token) {
        return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NULL;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_STRING:
                return "a text";
            case VALUE_NULL:
                return "null";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            default:
                return token.name();
        }
    }

    private InvalidHoldingsFileException notHoldings(JsonParser parser, String why) {
        return new InvalidHoldingsFileException(source, "line " + parser.currentTokenLocation().getLineNr()
                + ": expected an array of holdings or an object with a \"holdings\" array, but " + why);
    }
}
