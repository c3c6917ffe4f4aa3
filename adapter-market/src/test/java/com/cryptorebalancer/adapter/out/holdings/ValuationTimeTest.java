package com.cryptorebalancer.adapter.out.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuationTimeTest {

    private static final Instant MODIFIED = Instant.parse("2025-09-10T11:12:13Z");

    private static HoldingsSource source(String name, Instant modified) {
        return new HoldingsSource(name, InputStream::nullInputStream, modified);
    }

    @Test
    void aGivenTimeWinsOverEverything() {
        Instant given = Instant.parse("2024-01-01T12:00:00Z");

        assertThat(ValuationTime.of(given, source("balance-2025-08-26.csv", MODIFIED)))
                .isEqualTo(new ValuationTime(given, "given"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "balance-by-exchange-2025-08-26.csv, 2025-08-26T00:00:00Z",
            "/home/me/2024-12-31/export-2025-08-26.csv, 2025-08-26T00:00:00Z",
            "C:\\exports\\2025-02-28 balance.csv, 2025-02-28T00:00:00Z",
            "export-2025-13-45-then-2025-03-01.csv, 2025-03-01T00:00:00Z"})
    void aDateInTheFileNameIsTheValuationDayAtMidnightUtc(String name, Instant expected) {
        assertThat(ValuationTime.of(null, source(name, MODIFIED))).isEqualTo(new ValuationTime(expected, "file name"));
    }

    @ParameterizedTest
    @CsvSource({"balance.csv", "export-20250826.csv", "v12025-08-261.csv", "balance-2025-02-30.csv"})
    void withoutADateInTheNameTheFileModifiedTimeIsTaken(String name) {
        assertThat(ValuationTime.of(null, source(name, MODIFIED))).isEqualTo(new ValuationTime(MODIFIED, "file modified"));
    }

    @Test
    void withNothingKnownTheTimeIsTheEpochLabelledUnknown() {
        assertThat(ValuationTime.of(null, source("balance.csv", null)))
                .isEqualTo(new ValuationTime(Instant.EPOCH, "unknown"));
    }
}
