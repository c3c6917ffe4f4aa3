package com.cryptorebalancer.domain.rebalancing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotTest {

    private static Slot slot(String location, String value) {
        Slot slot = new Slot(Asset.of("BTC"), LocationRules.defaults().locate(location), new BigDecimal(value),
                BigDecimal.ONE, PriceSource.LOCAL, Instant.EPOCH);
        slot.readyToSort();
        return slot;
    }

    private static List<String> sorted(Slot... slots) {
        List<Slot> list = new ArrayList<>(List.of(slots));
        list.sort(Slot.SELL_ORDER);
        return list.stream().map(s -> s.location.name() + " " + s.value.toPlainString()).toList();
    }

    @Test
    void sellOrderIsKindThenSubAccountThenLargerFirstThenLocation() {
        assertThat(sorted(slot("Ledger Nano", "900"), slot("Binance Futures", "800"), slot("Kraken Earn", "700"),
                slot("Kraken", "100"), slot("Binance", "100"), slot("Coinbase", "300")))
                .containsExactly("Coinbase 300", "Binance 100", "Kraken 100", "Binance Futures 800", "Kraken Earn 700",
                        "Ledger Nano 900");
    }

    @Test
    void valuesADoubleCannotTellApartAreStillOrderedExactly() {
        // both are 1.0 as doubles: the order must come from the decimals, not from the location's name
        assertThat(sorted(slot("Binance", "1.00000000000000001"), slot("Kraken", "1.00000000000000002")))
                .containsExactly("Kraken 1.00000000000000002", "Binance 1.00000000000000001");
        assertThat(sorted(slot("Kraken", "2.50"), slot("Binance", "2.5")))
                .as("equal values at two scales tie, then the location decides").containsExactly("Binance 2.5", "Kraken 2.50");
    }
}
