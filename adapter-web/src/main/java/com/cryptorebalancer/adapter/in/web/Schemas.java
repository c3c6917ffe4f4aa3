package com.cryptorebalancer.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAPI schemas of the Java types the API reads and writes, by reflection on records: each record
 * component becomes a snake_case property, a record a named component referred to by {@code $ref}.
 * Used once, when the document is built.
 */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();

    /** The named schemas made so far, by name. */
    ObjectNode components() {
        ObjectNode all = NODES.objectNode();
        components.forEach(all::set);
        return all;
    }

    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType) {
            return ofGeneric((ParameterizedType) type);
        }
        if (!(type instanceof Class)) {
            throw new IllegalArgumentException("no schema for the type " + type);
        }
        Class<?> c = (Class<?>) type;
        ObjectNode scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isRecord()) {
            return NODES.objectNode().put("$ref", "#/components/schemas/" + component(c));
        }
        if (c.isEnum()) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            for (Object constant : c.getEnumConstants()) {
                schema.withArray("enum").add(constant.toString());
            }
            return schema;
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(NODES.objectNode());
        }
        if (Map.class.isAssignableFrom(c)) {
            return NODES.objectNode().put("type", "object").set("additionalProperties", NODES.objectNode());
        }
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
            return NODES.objectNode();
        }
        throw new IllegalArgumentException("no schema for " + c.getName() + ": make it a record or a scalar");
    }

    private static ObjectNode scalar(Class<?> c) {
        if (c == String.class) {
            return typed("string");
        }
        if (c == int.class || c == Integer.class) {
            return typed("integer").put("format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return typed("integer").put("format", "int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return typed("boolean");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return typed("number");
        }
        if (c == BigDecimal.class) {
            return typed("string").put("format", "decimal")
                    .put("description", "an exact decimal number, written as a string; requests may send a JSON number");
        }
        if (c == Instant.class) {
            return typed("string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return typed("string").put("format", "date");
        }
        if (c == byte[].class) {
            return typed("string").put("format", "binary");
        }
        return null;
    }

    private ObjectNode ofGeneric(ParameterizedType type) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            return array(of(arguments[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (arguments[0] != String.class) {
                throw new IllegalArgumentException("a JSON object has string keys, not " + arguments[0]);
            }
            return NODES.objectNode().put("type", "object").set("additionalProperties", of(arguments[1]));
        }
        throw new IllegalArgumentException("no schema for the generic type " + type);
    }

    private static ObjectNode array(ObjectNode items) {
        return NODES.objectNode().put("type", "array").set("items", items);
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }

    /** The record's component name, made (once) with its properties. */
    private String component(Class<?> record) {
        String name = componentName(record);
        Class<?> owner = named.putIfAbsent(name, record);
        if (owner != null && owner != record) {
            throw new IllegalStateException("two types would have the schema name " + name + ": " + owner.getName()
                    + " and " + record.getName());
        }
        if (owner == null) {
            ObjectNode schema = typed("object");
            components.put(name, schema); // before the properties: a record may refer to itself
            ObjectNode properties = schema.putObject("properties");
            for (RecordComponent part : record.getRecordComponents()) {
                properties.set(SNAKE.translate(part.getName()), of(part.getGenericType()));
            }
        }
        return name;
    }

    /**
     * "PortfolioJson" → "Portfolio", "PortfolioReport$GroupLine" → "PortfolioReport.GroupLine": a record
     * nested in a record keeps its owner's name, a "Json" suffix goes.
     */
    static String componentName(Class<?> record) {
        String simple = record.getSimpleName();
        if (simple.endsWith("Json") && simple.length() > "Json".length()) {
            simple = simple.substring(0, simple.length() - "Json".length());
        }
        Class<?> owner = record.getEnclosingClass();
        return owner != null && owner.isRecord() ? componentName(owner) + "." + simple : simple;
    }
}
