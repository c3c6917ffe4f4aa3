package com.cryptorebalancer.adapter.out.persistence.jdbc;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link DatabaseContract} test on H2 and, when the system property
 * {@code rebalancer.test.postgres} is {@code required}, on PostgreSQL as well. Required means required:
 * without a reachable PostgreSQL those runs fail, they are not skipped.
 */
final class DatabasesUnderTest implements TestTemplateInvocationContextProvider {

    static final String POSTGRES_PROPERTY = "rebalancer.test.postgres";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        String postgres = System.getProperty(POSTGRES_PROPERTY, "");
        if (postgres.equals("required")) {
            return Stream.of(invocation("H2", DatabaseUnderTest::h2), invocation("PostgreSQL", DatabaseUnderTest::postgres));
        }
        if (!postgres.isEmpty()) {
            throw new IllegalStateException(POSTGRES_PROPERTY + " is '" + postgres + "'; expected 'required' or unset");
        }
        return Stream.of(invocation("H2", DatabaseUnderTest::h2));
    }

    private static TestTemplateInvocationContext invocation(String name, Supplier<DatabaseUnderTest> database) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return name;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Fresh(database));
            }
        };
    }

    /** Hands one test a fresh database and removes it afterwards. */
    private static final class Fresh implements ParameterResolver, AfterEachCallback {

        private final Supplier<DatabaseUnderTest> factory;
        private DatabaseUnderTest database;

        Fresh(Supplier<DatabaseUnderTest> factory) {
            this.factory = factory;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == DatabaseUnderTest.class || type == JdbcDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (database == null) {
                database = factory.get();
            }
            return parameter.getParameter().getType() == JdbcDatabase.class ? database.open() : database;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                database.close();
            }
        }
    }
}
