package com.cryptorebalancer.domain.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationKindTest {

    @ParameterizedTest(name = "{0}: code {1}, label ''{2}'', sell rank {3}")
    @CsvSource({
            "EXCHANGE_SPOT,   exchange_spot,   exchange spot,         0",
            "EXCHANGE_EARN,   exchange_earn,   exchange earn/staking, 1",
            "SOFTWARE_WALLET, software_wallet, software wallet,       2",
            "APP_WALLET,      app_wallet,      chain/app wallet,      2",
            "HARDWARE_WALLET, hardware_wallet, hardware wallet,       3",
            "MANUAL,          manual,          manual,                4",
            "UNKNOWN,         unknown,         unknown,               5",
    })
    void describesItself(LocationKind kind, String code, String label, int sellRank) {
        assertThat(kind.code()).isEqualTo(code);
        assertThat(kind.label()).isEqualTo(label);
        assertThat(kind.sellRank()).isEqualTo(sellRank);
        assertThat(LocationKind.fromCode(code)).isEqualTo(kind);
    }

    @Test
    void declarationOrderIsTheSellOrder() {
        assertThat(Arrays.asList(LocationKind.values())).isSortedAccordingTo(Comparator.comparingInt(LocationKind::sellRank));
    }

    @ParameterizedTest(name = "''{0}'' is a hardware wallet")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "hardware_wallet", "HARDWARE_WALLET", "hardware-wallet", " hardware wallet ", "Hardware-Wallet"})
    void codesAreReadLeniently(String code) {
        assertThat(LocationKind.fromCode(code)).isEqualTo(LocationKind.HARDWARE_WALLET);
    }

    @Test
    void unknownCodeIsRefusedListingTheCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocationKind.fromCode("cold storage"))
                .withMessage("unknown location kind 'cold storage'; expected one of [exchange_spot, exchange_earn, "
                        + "software_wallet, app_wallet, hardware_wallet, manual, unknown]");
    }
}
