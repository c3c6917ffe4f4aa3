package com.cryptorebalancer.domain.taxonomy;

import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.assertClassified;
import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxonomyTest {

    private static final Taxonomy DEFAULTS = Taxonomy.defaults();

    @Test
    void elevenDefaultGroupsInTheirOrder() {
        assertThat(DEFAULTS.groups()).extracting(Group::name).containsExactly("BTC", "ETH", "Stablecoins", "SOL",
                "L1/L0 majors", "L2/Scaling", "DeFi", "AI/Data", "Gaming/NFT", "Memecoins", "Others");
        assertThat(DEFAULTS.groups()).isEqualTo(Taxonomy.DEFAULT_GROUPS);
    }

    @Test
    void rankIsThePositionInTheOrderAndAnUnknownGroupComesLast() {
        assertThat(DEFAULTS.rank(Group.of("BTC"))).isZero();
        assertThat(DEFAULTS.rank(Group.of("memecoins"))).isEqualTo(9);
        assertThat(DEFAULTS.rank(Group.OTHERS)).isEqualTo(10);
        assertThat(DEFAULTS.rank(Group.of("Blue chips"))).isEqualTo(11);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"stablecoins|Stablecoins", "L2/SCALING|L2/Scaling", " ai/data |AI/Data", "others|Others"})
    void groupLookupIgnoresCaseAndGivesTheCanonicalSpelling(String asked, String name) {
        assertThat(DEFAULTS.group(asked).name()).isEqualTo(name);
        assertThat(DEFAULTS.findGroup(asked)).contains(Group.of(name));
    }

    @Test
    void aMissingGroupIsRefusedNamingItAndListingTheGroups() {
        assertThatThrownBy(() -> DEFAULTS.group("Blue chips"))
                .isInstanceOfSatisfying(UnknownGroupException.class, e -> assertThat(e.name()).isEqualTo("Blue chips"))
                .hasMessage(ClassifyFixture.UNKNOWN_BLUE_CHIPS);
        assertThat(DEFAULTS.findGroup("Blue chips")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({"BTC, BTC", "WSTETH, ETH", "JITOSOL, SOL", "FDUSD, Stablecoins", "A, L1/L0 majors", "TOWNS, Others"})
    void aTickerOfTheAliasTableIsItself(String ticker, String group) {
        Classification classification = classify(ticker, null, null);
        assertClassified(classification, ticker, group, Basis.ALIAS);
        assertThat(classification.isUnknown()).isFalse();
    }

    @Test
    void theAliasTableWinsOverSpellingsAndPatterns() {
        // USD1 looks like USD with a suffix, STATOM like staked ATOM: both are coins of their own in the table
        assertClassified(classify("USD1", null, "1.00"), "USD1", "Stablecoins", Basis.ALIAS);
        assertClassified(classify("STATOM", null, null), "STATOM", "L1/L0 majors", Basis.ALIAS);
        assertThat(classify("WSTETH", null, null).explanation()).isEqualTo("Wrapped stETH is in the alias table");
    }

    @ParameterizedTest(name = "{0} is unknown")
    @ValueSource(strings = {"IMO", "BNKR", "DOGI3", "ID2", "4BELT"})
    void everythingElseIsAnUnknownAliasInOthers(String ticker) {
        Classification classification = classify(ticker, null, "1.46");
        assertClassified(classification, ticker, "Others", Basis.UNKNOWN);
        assertThat(classification.isUnknown()).isTrue();
        assertThat(classification.explanation()).isEqualTo("not in the alias table and no safe rule applies: assign it to a group");
    }

    @Test
    void defaultCoinsToBuyForAnEmptyGroup() {
        assertThat(DEFAULTS.defaultCoin(Group.of("stablecoins"))).contains(Asset.of("USDC"));
        assertThat(DEFAULTS.defaultCoin(Group.of("DeFi"))).isEmpty();
    }

    @Test
    void theDefaultsHaveNoOverridesAndTheDefaultLocationRules() {
        assertThat(DEFAULTS.overrides().isEmpty()).isTrue();
        assertThat(DEFAULTS.locationRules()).isSameAs(LocationRules.defaults());
        assertThat(DEFAULTS.aliases()).isSameAs(AliasTable.defaults());
    }

    @Test
    void basisCodesAreLowerCase() {
        assertThat(Basis.OVERRIDE.code()).isEqualTo("override");
        assertThat(Basis.UNKNOWN.code()).isEqualTo("unknown");
    }
}
