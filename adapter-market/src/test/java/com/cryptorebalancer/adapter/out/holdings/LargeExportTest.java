package com.cryptorebalancer.adapter.out.holdings;

import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.STRICT;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.load;
import static com.cryptorebalancer.adapter.out.holdings.ImportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An export of the size the import is built for: 100,000 rows over 200 locations. */
class LargeExportTest {

    private static final int ROWS = 100_000;
    private static final int LOCATIONS = 200;
    private static final int COINS = 2_000;

    /** Balance by Exchange rows: coin i % 2000 at location i % 200, amount i + 1 sats, value i cents + 1. */
    private static String export(String lineEnd) {
        StringBuilder csv = new StringBuilder(ROWS * 60);
        csv.append("\uFEFF\"Amount\",\"Currency\",\"Current value in USD\",\"Current value in BTC\",\"Exchange\"").append(lineEnd);
        for (int i = 0; i < ROWS; i++) {
            csv.append('"').append(BigDecimal.valueOf(i + 1L, 8).toPlainString()).append("\",\"C").append(i % COINS)
                    .append("\",\"").append(BigDecimal.valueOf(i + 100L, 2).toPlainString()).append("\",\"0.1\",\"")
                    .append(i % 2 == 0 ? "Exchange " : "Wallet - App ").append(i % LOCATIONS).append('"').append(lineEnd);
        }
        return csv.toString();
    }

    /** Unix line endings too: a search for a '\r' such a file never has once made each line cost the whole file. */
    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\r\n", "\n"})
    void everyRowOfAHundredThousandIsImportedWithOneLocationAndAssetPerName(String lineEnd) {
        ImportedHoldings imported = load(text("large-2025-08-26.csv", export(lineEnd)), STRICT);

        assertThat(imported.report().rowsAccepted()).isEqualTo(ROWS);
        assertThat(imported.holdings().get(ROWS - 1).quantity().value()).isEqualByComparingTo("0.001");
        // sum of (i + 100) / 100 for i < 100,000 = (4,999,950,000 + 10,000,000) / 100
        assertThat(imported.report().usdAccepted().value()).isEqualByComparingTo("50099500");
        assertThat(distinctInstances(imported, true)).hasSize(LOCATIONS);
        assertThat(distinctInstances(imported, false)).hasSize(COINS);
    }

    private static Set<Object> distinctInstances(ImportedHoldings imported, boolean locations) {
        Set<Object> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Holding holding : imported.holdings()) {
            instances.add(locations ? holding.location() : holding.asset());
        }
        return instances;
    }
}
