package com.cryptorebalancer.adapter.out.persistence.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the persistence contract: it runs once per database under test, each time on a fresh
 * database (embedded H2 always; PostgreSQL too when {@code rebalancer.test.postgres=required}, as the
 * {@code services} Maven profile sets). Its parameters may be a {@link DatabaseUnderTest} (not yet
 * opened) or a {@link JdbcDatabase} (opened).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabasesUnderTest.class)
@interface DatabaseContract {
}
