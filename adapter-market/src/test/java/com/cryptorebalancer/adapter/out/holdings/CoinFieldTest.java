package com.cryptorebalancer.adapter.out.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoinFieldTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "AAVE (Aave) by Exchange|AAVE|Aave",
            "DOT2 (Polkadot) by Exchange|DOT2|Polkadot",
            "NEW (New Coin (v2)) by Exchange|NEW|New Coin (v2)",
            "X (A (b) (c)) (second) by Exchange|X|A (b) (c)",
            "'  BTC  (Bitcoin)  by Exchange '|BTC|Bitcoin",
            "BTC by Exchange|BTC|null",
            "BTC|BTC|null",
            "'  '|''|null"})
    void theTickerIsBeforeTheFirstSpaceAndTheNameInTheFirstBalancedParentheses(String field, String ticker, String name) {
        assertThat(CoinField.parse(field)).isEqualTo(new CoinField(ticker, name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ABC (Abc by Exchange", "ABC (A (b) by Exchange"})
    void aParenthesisNeverClosedIsNoCoinField(String field) {
        assertThat(CoinField.parse(field)).isNull();
    }
}
