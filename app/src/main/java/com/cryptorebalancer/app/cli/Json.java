package com.cryptorebalancer.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Reports as JSON: snake_case keys, two-space indentation, null values kept so the shape never
 * changes, "\n" line ends on every platform and a final newline; the same report always gives the
 * same bytes.
 */
final class Json {

    private static final DefaultIndenter NEWLINE = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
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

    /** Streams the report, for reports too large to hold twice as text; the target is left open. */
    static Output.Rendering rendering(Object report) {
        ObjectWriter writer = WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return new Output.Rendering() {
            @Override
            public void writeTo(Writer out) throws IOException {
                writer.writeValue(out, report);
                out.write('\n');
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.writeValue(out, report); // Jackson's UTF-8 generator: no character encoder in between
                out.write('\n');
            }
        };
    }

    /**
     * Prepares the writer for reports of {@code type} (Jackson looks at a type's records once, slowly,
     * the first time it writes one) on another thread, while the report is still being computed.
     */
    static void prepareInBackground(Class<?> type) {
        Thread thread = new Thread(() -> {
            try {
                WRITER.forType(type);
                JsonMapper.builder().build(); // loads the rest of the mapper's classes
            } catch (RuntimeException e) {
                // nothing to do: the real write prepares what it needs and reports any failure
            }
        }, "prepare JSON output");
        thread.setDaemon(true);
        thread.start();
    }
}
