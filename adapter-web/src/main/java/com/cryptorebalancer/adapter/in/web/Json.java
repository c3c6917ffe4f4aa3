package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * JSON in and out. Out: snake_case keys, times as ISO-8601, decimals as strings. In: strict (unknown
 * properties, duplicate keys, trailing tokens, a number or a boolean where text is expected, a fraction
 * where an integer is expected and null inside a list or map are all refused) and exact (a decimal is
 * read from its text, never through a double).
 */
final class Json {

    static final String MEDIA_TYPE = "application/json";

    /** Beyond this scale a decimal is written in scientific notation: its plain form could be huge. */
    private static final int MAX_PLAIN_SCALE = 1000;

    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("decimals-as-strings").addSerializer(BigDecimal.class, new DecimalSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                    DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, number -> number
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, number -> number
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    ObjectMapper mapper() {
        return mapper;
    }

    /** Reads a body; Jackson's complaints become a {@link RequestBodyException}. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(byte[] body) throws IOException;
    }

    /** The body as {@code type}; the body must be JSON and must not be {@code null}. */
    <T> T read(Context ctx, Class<T> type) {
        T value = parse(ctx, body -> mapper.readValue(body, type));
        if (value == null) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "the body must be a JSON object, not null");
        }
        return value;
    }

    /** The body as a tree, numbers as exact decimals. */
    JsonNode readTree(Context ctx) {
        JsonNode tree = parse(ctx, mapper::readTree);
        if (tree == null || tree.isMissingNode()) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "a JSON body is required");
        }
        return tree;
    }

    private static <T> T parse(Context ctx, Reader<T> reader) {
        byte[] body = jsonBody(ctx);
        try {
            return reader.read(body);
        } catch (JsonProcessingException e) {
            throw new RequestBodyException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's bytes, after checking that it is declared as JSON. */
    static byte[] jsonBody(Context ctx) {
        requireJson(ctx);
        return ctx.bodyAsBytes();
    }

    static void requireJson(Context ctx) {
        if (!isJson(ctx.contentType())) {
            throw new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the body must be " + MEDIA_TYPE + ", was "
                    + (ctx.contentType() == null ? "not declared" : ctx.contentType()));
        }
    }

    static boolean isJson(String contentType) {
        return contentType != null && mediaType(contentType).equals(MEDIA_TYPE);
    }

    /** "application/json; charset=utf-8" → "application/json". */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    void write(Context ctx, int status, Object value) {
        writeBytes(ctx, status, bytes(value));
    }

    /** Answers JSON already written. */
    void writeBytes(Context ctx, int status, byte[] json) {
        ctx.status(status).contentType(MEDIA_TYPE).result(json);
    }

    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A decimal as the API writes it: plain text ("0.000000000000000001"), unless its plain form would be huge. */
    static String text(BigDecimal value) {
        return Math.abs(value.scale()) > MAX_PLAIN_SCALE ? value.toString() : value.toPlainString();
    }

    /** Which JSON type a Java type is read from, in words, for messages. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == BigDecimal.class) {
            return "a decimal number (a JSON number or a string such as \"12.5\")";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static final class DecimalSerializer extends StdSerializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(text(value));
        }
    }
}
