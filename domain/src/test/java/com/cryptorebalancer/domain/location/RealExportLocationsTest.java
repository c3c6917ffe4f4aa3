package com.cryptorebalancer.domain.location;

import static com.cryptorebalancer.domain.location.LocationKind.APP_WALLET;
import static com.cryptorebalancer.domain.location.LocationKind.EXCHANGE_EARN;
import static com.cryptorebalancer.domain.location.LocationKind.EXCHANGE_SPOT;
import static com.cryptorebalancer.domain.location.LocationKind.HARDWARE_WALLET;
import static com.cryptorebalancer.domain.location.LocationKind.MANUAL;
import static com.cryptorebalancer.domain.location.LocationKind.SOFTWARE_WALLET;
import static com.cryptorebalancer.domain.location.LocationKind.UNKNOWN;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.testdata.RealExportTestData;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every location name of the real export (its 5th column) against the kind the default rule table must give. */
class RealExportLocationsTest {

    private static final Map<String, LocationKind> EXPECTED = Map.ofEntries(
            entry("Binance", EXCHANGE_SPOT),
            entry("Bitget Futures", EXCHANGE_SPOT),
            entry("Bitget Margin", EXCHANGE_SPOT),
            entry("Bitget Spot", EXCHANGE_SPOT),
            entry("Coinbase", EXCHANGE_SPOT),
            entry("Kraken", EXCHANGE_SPOT),
            entry("OKX Funding", EXCHANGE_SPOT),
            entry("Okex Funding", EXCHANGE_SPOT),
            entry("Poloniex", EXCHANGE_SPOT),
            entry("SwissBorg", EXCHANGE_SPOT),
            entry("Binance Earn", EXCHANGE_EARN),
            entry("Bitget Earn", EXCHANGE_EARN),
            entry("Kraken Earn", EXCHANGE_EARN),
            entry("Metamask - BSC - Std", SOFTWARE_WALLET),
            entry("Metamask - BSC - SYL", SOFTWARE_WALLET),
            entry("Metamask - ETH non secure", SOFTWARE_WALLET),
            entry("Metamask - Matic", SOFTWARE_WALLET),
            entry("Metamask Base non secure", SOFTWARE_WALLET),
            entry("Anchor", APP_WALLET),
            entry("DOGE Transaction", APP_WALLET),
            entry("Hatom", APP_WALLET),
            entry("Nexus Protocol", APP_WALLET),
            entry("RON Transaction", APP_WALLET),
            entry("Solana - StepN", APP_WALLET),
            entry("Solana - StepN 2", APP_WALLET),
            entry("Solana - Walken Elda", APP_WALLET),
            entry("Solana - Walken Jack", APP_WALLET),
            entry("Ledger Wallets", HARDWARE_WALLET),
            entry("Ledger Wallets Staked", HARDWARE_WALLET),
            entry("Manually", MANUAL),
            entry("Signatum", UNKNOWN),
            entry("Vsync", UNKNOWN));

    static Stream<String> locationNamesOfTheExport() {
        return RealExportTestData.locationNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locationNamesOfTheExport")
    void everyLocationOfTheExportGetsItsKind(String name) {
        Location location = LocationRules.defaults().locate(name);
        assertThat(location.kind()).as(name).isEqualTo(EXPECTED.get(name));
        assertThat(location.name()).isEqualTo(name);
    }

    @Test
    void theTableListsExactlyTheThirtyTwoLocationsOfTheExport() {
        assertThat(RealExportTestData.locationNames()).hasSize(32).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
}
