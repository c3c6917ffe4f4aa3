package com.cryptorebalancer.domain.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented default rule table, one row per rule and its edges; the real export has its own test. */
class LocationRulesTest {

    private static final LocationRules DEFAULTS = LocationRules.defaults();

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            // hardware wallet brands come first, staked accounts included
            "Trezor Model T|HARDWARE_WALLET",
            "ledger|HARDWARE_WALLET",
            "Ledger Live Staking|HARDWARE_WALLET",
            "Ledgerwallet|UNKNOWN",
            // manual entries
            "Manual|MANUAL",
            "manually added|MANUAL",
            // software wallet brands, including exchanges' own wallets
            "Phantom|SOFTWARE_WALLET",
            "Trust Wallet|SOFTWARE_WALLET",
            "Coinbase Wallet|SOFTWARE_WALLET",
            "OKX Wallet|SOFTWARE_WALLET",
            "Binance Web3 Wallet|SOFTWARE_WALLET",
            // an exchange with an earn word
            "Binance Simple Earn|EXCHANGE_EARN",
            "Kraken Staking|EXCHANGE_EARN",
            "Bybit Savings|EXCHANGE_EARN",
            "KuCoin Lending|EXCHANGE_EARN",
            "Binance Launchpool|EXCHANGE_EARN",
            // an exchange alone or with a sub-account
            "Binance US|EXCHANGE_SPOT",
            "Coinbase Pro|EXCHANGE_SPOT",
            "Crypto.com|EXCHANGE_SPOT",
            "Gate.io Margin|EXCHANGE_SPOT",
            "Bybit Futures|EXCHANGE_SPOT",
            "Krakenfutures|UNKNOWN",
            // chains and apps
            "Ethereum - Uniswap|APP_WALLET",
            "BTC Transactions|APP_WALLET",
            "Lido|APP_WALLET",
            "Jupiter Perps|APP_WALLET",
            // any other wallet
            "My Cold Wallet|SOFTWARE_WALLET",
            "Family wallets|SOFTWARE_WALLET",
            // nothing matches
            "Some Bank|UNKNOWN",
            "Walletconnect|UNKNOWN",
    })
    void defaultRuleTable(String name, LocationKind kind) {
        assertThat(DEFAULTS.locate(name).kind()).isEqualTo(kind);
    }

    @Test
    void aPersonsChoiceByNameWinsOverTheRulesWhateverTheSpelling() {
        LocationRules rules = DEFAULTS.withKind(" vsync Balance", LocationKind.SOFTWARE_WALLET);
        assertThat(rules.locate("Vsync").kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
        assertThat(rules.locate("VSYNC").kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
        assertThat(rules.explicitKinds()).isEqualTo(Map.of("vsync", LocationKind.SOFTWARE_WALLET));
        assertThat(rules.locate("Signatum").kind()).isEqualTo(LocationKind.UNKNOWN);
    }

    @Test
    void aPersonsChoiceOverridesEvenAMatchingRule() {
        LocationRules rules = DEFAULTS.withKind("Ledger Wallets Staked", LocationKind.EXCHANGE_EARN);
        assertThat(rules.locate("Ledger Wallets Staked").kind()).isEqualTo(LocationKind.EXCHANGE_EARN);
        assertThat(rules.locate("Ledger Wallets").kind()).isEqualTo(LocationKind.HARDWARE_WALLET);
    }

    @Test
    void changesMakeNewRulesAndLeaveTheDefaultsAlone() {
        LocationRules changed = DEFAULTS.withKind("Vsync", LocationKind.MANUAL);
        assertThat(changed.locate("Vsync").kind()).isEqualTo(LocationKind.MANUAL);
        assertThat(DEFAULTS.explicitKinds()).isEmpty();
        assertThat(DEFAULTS.locate("Vsync").kind()).isEqualTo(LocationKind.UNKNOWN);
    }

    @Test
    void rulesMatchCaseInsensitivelyAnywhereInTheKey() {
        LocationRule rule = LocationRule.of("earn", LocationKind.EXCHANGE_EARN, "earn accounts");
        assertThat(rule.matches("binance earn")).isTrue();
        assertThat(rule.matches("BINANCE EARN")).isTrue();
        assertThat(rule.matches("kraken")).isFalse();
    }

    @Test
    void aChoiceNeedsAKindAndARuleNeedsItsParts() {
        assertThatNullPointerException().isThrownBy(() -> DEFAULTS.withKind("Kraken", null))
                .withMessage("kind must not be null");
        assertThatNullPointerException().isThrownBy(() -> LocationRule.of("x", null, "why"))
                .withMessage("location rule needs a kind");
    }
}
