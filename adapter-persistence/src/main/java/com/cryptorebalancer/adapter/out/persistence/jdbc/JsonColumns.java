package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.domain.money.UsdAmount;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The JSON kept in text columns (import reports, plan requests and results, profile targets): snake_case
 * keys, every amount and time as a string, so that what is read back equals what was written, to the
 * last decimal and nanosecond.
 */
final class JsonColumns {

    private static final TypeReference<LinkedHashMap<String, String>> TEXT_MAP = new TypeReference<>() {
    };

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("rebalancer-values")
                    .addSerializer(UsdAmount.class, new ToText<>(usd -> usd.value().toString()))
                    .addDeserializer(UsdAmount.class, new FromText<>(UsdAmount::of))
                    .addSerializer(Instant.class, new ToText<>(Instant::toString))
                    .addDeserializer(Instant.class, new FromText<>(Instant::parse)))
            .build();

    private static final int DEFLATE_BUFFER = 64 * 1024;

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * The JSON of a value, zlib-deflated at the fastest level as it is written (no text of the whole in
     * between): for documents of megabytes that repeat their keys, about a tenth of the bytes.
     */
    static byte[] writeDeflated(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(DEFLATE_BUFFER);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater, DEFLATE_BUFFER)) {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as deflated JSON: "
                    + e.getMessage(), e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #writeDeflated} wrote; {@code where} as for {@link #read}. */
    static <T> T readDeflated(byte[] stored, Class<T> type, String where) {
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(stored), inflater, DEFLATE_BUFFER)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new DatabaseException(where + " is not a valid deflated " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** @param where the table, column and row, for the message when the stored text is not what we wrote */
    static <T> T read(String text, Class<T> type, String where) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new DatabaseException(where + " is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Percent by group as {"group": "12.50", ...}: BigDecimal's own text, so the scale survives too. */
    static String writeTargets(Map<String, BigDecimal> targets) {
        Map<String, String> text = new LinkedHashMap<>();
        targets.forEach((group, percent) -> text.put(group, percent.toString()));
        return write(text);
    }

    static Map<String, BigDecimal> readTargets(String text, String where) {
        try {
            Map<String, BigDecimal> targets = new LinkedHashMap<>();
            JSON.readValue(text, TEXT_MAP).forEach((group, percent) -> targets.put(group, new BigDecimal(percent)));
            return targets;
        } catch (JsonProcessingException | NumberFormatException e) {
            throw new DatabaseException(where + " is not a map of group to percent: " + e.getMessage(), e);
        }
    }

    /** Writes a value as the string {@code text} makes of it. */
    private static final class ToText<T> extends JsonSerializer<T> {

        private final Function<T, String> text;

        ToText(Function<T, String> text) {
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider serializers) throws IOException {
            json.writeString(text.apply(value));
        }
    }

    /** Reads a value back from the string {@link ToText} wrote. */
    private static final class FromText<T> extends JsonDeserializer<T> {

        private final Function<String, T> parse;

        FromText(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return parse.apply(json.getValueAsString());
        }
    }
}
