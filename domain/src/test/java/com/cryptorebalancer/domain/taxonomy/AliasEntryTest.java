package com.cryptorebalancer.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cryptorebalancer.domain.money.Asset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasEntryTest {

    private static final AliasEntry POLKADOT = new AliasEntry(Asset.of("DOT"), Group.of("L1/L0 majors"), List.of("Polkadot"));
    private static final AliasEntry SOLANA = new AliasEntry(Asset.of("SOL"), Group.of("SOL"), List.of("Solana"));

    @ParameterizedTest(name = "''{0}'' agrees with Polkadot: {1}")
    @CsvSource(delimiter = '|', value = {
            "Polkadot|true",
            "POLKADOT|true",
            "Polkadot (DOT)|true",
            "polka-dot|true",
            "DOT|true",
            "Some Other Coin|false",
            "Dotcoin|false",
            "Pol|false",
            "'  '|false",
            "-|false",
    })
    void namesAgreeOnLettersAndDigitsWithContainmentOfFourOrMore(String printed, boolean agrees) {
        assertThat(POLKADOT.agreesWithName(printed)).isEqualTo(agrees);
    }

    @ParameterizedTest(name = "''{0}'' agrees with Solana: {1}")
    @CsvSource(delimiter = '|', value = {"Solana|true", "Solana (SOL)|true", "sol|true", "Solar|false"})
    void aShortNameMustMatchTheTickerExactly(String printed, boolean agrees) {
        assertThat(SOLANA.agreesWithName(printed)).isEqualTo(agrees);
    }
}
