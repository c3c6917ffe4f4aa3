package com.cryptorebalancer.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** One structured line per request; an unexpected failure logged with its stack trace and request id. */
class AccessLogTest {

    private static ListAppender<ILoggingEvent> capture(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static Map<String, Object> pairs(ILoggingEvent event) {
        return event.getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, (KeyValuePair p) -> p.value));
    }

    @Test
    void everyRequestIsOneLineWithItsFields() {
        ListAppender<ILoggingEvent> lines = capture("com.cryptorebalancer.access");
        try (TestServer server = TestServer.start()) {
            server.get("/api/v1/snapshots/99", "X-Request-Id", "log-test-1");
        }
        ILoggingEvent line = lines.list.stream().filter(e -> "log-test-1".equals(pairs(e).get("request_id")))
                .findFirst().orElseThrow();

        assertThat(line.getMessage()).isEqualTo("request");
        assertThat(pairs(line)).containsEntry("method", "GET").containsEntry("path", "/api/v1/snapshots/99")
                .containsEntry("status", 404).containsKey("duration_ms");
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsStackTraceAndRequestId() {
        ListAppender<ILoggingEvent> errors = capture(ErrorMapping.class.getName());
        try (TestServer server = TestServer.start()) {
            server.fakes.failure = new IllegalStateException("boom");
            server.get("/api/v1/portfolio", "X-Request-Id", "log-test-2");
        }
        ILoggingEvent error = errors.list.stream().filter(e -> "log-test-2".equals(pairs(e).get("request_id")))
                .findFirst().orElseThrow();

        assertThat(error.getThrowableProxy().getMessage()).isEqualTo("boom");
        assertThat(error.getFormattedMessage()).contains("log-test-2");
    }
}
