package com.cryptorebalancer.domain.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class LocationTest {

    private static final LocationRules RULES = LocationRules.defaults();

    @ParameterizedTest(name = "''{0}'' is Kraken")
    @ValueSource(strings = {"Kraken", " kraken ", "KRAKEN", "Kraken Balance", "kraken balance", "Kraken   BALANCE ",
            "\tKraken\n", "Kraken\u00A0Balance", "Kraken Balance Balance"})
    void spellingsOfOneNameAreOneLocation(String raw) {
        Location kraken = RULES.locate("Kraken");
        Location spelled = RULES.locate(raw);
        assertThat(spelled).isEqualTo(kraken).hasSameHashCodeAs(kraken);
        assertThat(spelled.key()).isEqualTo("kraken");
        assertThat(spelled.compareTo(kraken)).isZero();
    }

    @ParameterizedTest(name = "''{0}'' is shown as ''{1}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "  Ledger Wallets Staked |Ledger Wallets Staked",
            "Metamask  -  BSC\t- Std|Metamask - BSC - Std",
            "Binance Earn Balance|Binance Earn",
            "OKX Funding balance|OKX Funding",
            "Balance|Balance",
            " Balance |Balance",
            "Balance Sheet Wallet|Balance Sheet Wallet",
    })
    void displayNameIsTrimmedCollapsedAndLosesATrailingBalance(String raw, String shown) {
        assertThat(Location.displayName(raw)).isEqualTo(shown);
        assertThat(Location.keyOf(raw)).isEqualTo(shown.toLowerCase(Locale.ROOT));
        assertThat(RULES.locate(raw)).hasToString(shown);
    }

    @Test
    void innerWordsStillCount() {
        assertThat(RULES.locate("Kraken Earn")).isNotEqualTo(RULES.locate("Kraken"));
        assertThat(RULES.locate("Solana - StepN 2")).isNotEqualTo(RULES.locate("Solana - StepN"));
    }

    @Test
    void aLocationBuiltDirectlyHasTheSameIdentityAsOneLocated() {
        Location direct = new Location("Kraken Balance", "Kraken", LocationKind.EXCHANGE_SPOT);
        assertThat(direct.key()).isEqualTo("kraken");
        assertThat(direct).isEqualTo(RULES.locate(" kraken ")).hasSameHashCodeAs(RULES.locate(" kraken "));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", "   ", "\t", "\u00A0"})
    void blankNameIsRefused(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> RULES.locate(blank))
                .withMessageStartingWith("location name must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new Location(blank, "", LocationKind.UNKNOWN))
                .withMessage("location name must not be blank, was '" + blank + "'");
    }

    @Test
    void equalityIgnoresTheKindAPersonChose() {
        Location asRules = RULES.locate("Vsync");
        Location asChosen = RULES.withKind("Vsync", LocationKind.SOFTWARE_WALLET).locate("Vsync");
        assertThat(asChosen).isEqualTo(asRules);
        assertThat(asChosen.kind()).isNotEqualTo(asRules.kind());
    }

    @Test
    void locationsSortByKey() {
        List<Location> locations = new ArrayList<>(List.of(RULES.locate("Manually"), RULES.locate("binance"),
                RULES.locate("Kraken Earn")));
        locations.sort(null);
        assertThat(locations).extracting(Location::name).containsExactly("binance", "Kraken Earn", "Manually");
    }

    @Test
    void caseSpacesAndATrailingBalanceNeverChangeTheIdentity() {
        qt().forAll(Generate.pick(List.of("Binance", "Ledger Wallets", "Metamask - BSC - Std", "Solana - StepN 2")),
                        integers().between(0, 3), booleans().all(), booleans().all())
                .checkAssert((name, spaces, upper, balance) -> {
                    String pad = " ".repeat(spaces);
                    String spelled = pad + (upper ? name.toUpperCase(Locale.ROOT) : name).replace(" ", " " + pad)
                            + (balance ? pad + " Balance" : "") + pad;
                    assertThat(RULES.locate(spelled)).isEqualTo(RULES.locate(name));
                    assertThat(Location.keyOf(Location.keyOf(spelled))).isEqualTo(Location.keyOf(spelled));
                });
    }
}
