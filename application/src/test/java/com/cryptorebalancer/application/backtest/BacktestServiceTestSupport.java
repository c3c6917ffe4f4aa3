package com.cryptorebalancer.application.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the backtest and stress service tests. */
public final class BacktestServiceTestSupport {

    private BacktestServiceTestSupport() {
    }

    /** The call is refused as the caller's mistake, naming {@code field}, with a message containing {@code message}. */
    public static void assertRefused(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessageContaining(message);
    }
}
