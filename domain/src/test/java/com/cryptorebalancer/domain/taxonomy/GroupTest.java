package com.cryptorebalancer.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupTest {

    @ParameterizedTest(name = "''{0}'' names Stablecoins")
    @ValueSource(strings = {"Stablecoins", "stablecoins", "STABLECOINS", "  StableCoins "})
    void namesAreComparedWithoutRegardToCaseOrPadding(String name) {
        assertThat(Group.of(name)).isEqualTo(Group.of("Stablecoins")).hasSameHashCodeAs(Group.of("Stablecoins"));
        assertThat(Group.of(name).key()).isEqualTo("stablecoins");
    }

    @Test
    void keepsTheSpellingItWasGivenTrimmed() {
        assertThat(Group.of(" L1/L0 majors ")).hasToString("L1/L0 majors");
        assertThat(Group.OTHERS.name()).isEqualTo("Others");
    }

    @Test
    void blankOrOverlongNamesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Group.of("  ")).withMessage("group name must not be blank, was '  '");
        String tooLong = "G".repeat(61);
        assertThatIllegalArgumentException().isThrownBy(() -> Group.of(tooLong))
                .withMessage("group name is longer than 60 characters: '" + tooLong + "'");
        assertThat(Group.of("G".repeat(60)).name()).hasSize(60);
    }
}
