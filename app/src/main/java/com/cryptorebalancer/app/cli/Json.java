package com.cryptorebalancer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reports as JSON: snake_case keys, two-space indentation, null values kept so the shape never
 * changes, "\n" line ends on every platform and a final newline; the same report always gives the
 * same bytes.
 */
final class Json {

    private static final DefaultIndenter NEWLINE = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(NEWLINE).withArrayIndenter(NEWLINE));

    private Json() {
    }

    static String write(Object report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + report.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
