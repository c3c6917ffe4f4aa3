package com.cryptorebalancer.domain.taxonomy;

import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.assertClassified;
import static com.cryptorebalancer.domain.taxonomy.ClassifyFixture.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification.Basis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyOverridesTest {

    private static final TaxonomyOverrides NONE = TaxonomyOverrides.NONE;

    private static Taxonomy withAlias(String ticker, String group) {
        return Taxonomy.withOverrides(NONE.withAlias(Asset.of(ticker), Group.of(group)));
    }

    @Test
    void anUnknownTickerAssignedToAGroupIsAnOverride() {
        Classification imo = classify(withAlias("IMO", "defi"), "IMO", null, null);
        assertClassified(imo, "IMO", "DeFi", Basis.OVERRIDE);
        assertThat(imo.explanation()).isEqualTo("assigned to DeFi by you");
    }

    @Test
    void aKnownCoinMovedToAnotherGroupMovesItsSpellingsToo() {
        Taxonomy taxonomy = withAlias("DOGE", "Others");
        assertClassified(classify(taxonomy, "DOGE", null, null), "DOGE", "Others", Basis.OVERRIDE);
        assertClassified(classify(taxonomy, "XXDG", null, null), "DOGE", "Others", Basis.SPELLING);
        assertThat(taxonomy.aliases().find(Asset.of("DOGE"))).get().extracting(AliasEntry::names).isEqualTo(List.of("Dogecoin"));
        assertClassified(classify("DOGE", null, null), "DOGE", "Memecoins", Basis.ALIAS);
    }

    @Test
    void aSuffixedTickerCanBeAssignedDirectly() {
        assertClassified(classify(withAlias("LUNA2", "L1/L0 majors"), "LUNA2", null, "0.000058", "LUNA", "1.22"),
                "LUNA2", "L1/L0 majors", Basis.OVERRIDE);
    }

    @Test
    void anAliasToAMissingGroupIsRefusedNamingItAndListingTheGroups() {
        assertThatThrownBy(() -> withAlias("IMO", "Blue chips"))
                .isInstanceOf(UnknownGroupException.class)
                .hasMessage(ClassifyFixture.UNKNOWN_BLUE_CHIPS);
    }

    @Test
    void aCustomOrderComesFirstFollowedByTheDefaultGroupsItLeavesOut() {
        Taxonomy taxonomy = Taxonomy.withOverrides(NONE.withGroupOrder(List.of(Group.of("stablecoins"), Group.of("BTC"))));
        assertThat(taxonomy.groups()).extracting(Group::name).containsExactly("Stablecoins", "BTC", "ETH", "SOL",
                "L1/L0 majors", "L2/Scaling", "DeFi", "AI/Data", "Gaming/NFT", "Memecoins", "Others");
        assertThat(taxonomy.rank(Group.of("Stablecoins"))).isZero();
    }

    @Test
    void aNewGroupInTheOrderCanReceiveCoins() {
        TaxonomyOverrides overrides = NONE
                .withGroupOrder(List.of(Group.of("BTC"), Group.of("Blue chips")))
                .withAlias(Asset.of("IMO"), Group.of("blue CHIPS"))
                .withAlias(Asset.of("BNB"), Group.of("Blue chips"));
        Taxonomy taxonomy = Taxonomy.withOverrides(overrides);
        assertThat(taxonomy.groups()).extracting(Group::name).startsWith("BTC", "Blue chips", "ETH").hasSize(12);
        assertClassified(classify(taxonomy, "IMO", null, null), "IMO", "Blue chips", Basis.OVERRIDE);
        assertClassified(classify(taxonomy, "BNB", null, null), "BNB", "Blue chips", Basis.OVERRIDE);
        assertThat(taxonomy.group("BLUE CHIPS").name()).isEqualTo("Blue chips");
        assertThat(taxonomy.overrides()).isEqualTo(overrides);
    }

    @Test
    void aGroupListedTwiceInTheOrderIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NONE.withGroupOrder(List.of(Group.of("BTC"), Group.of("btc"))))
                .withMessage("group order lists a group twice: [BTC, btc]");
    }

    @Test
    void anAliasCanBeTakenBack() {
        TaxonomyOverrides overrides = NONE.withAlias(Asset.of("IMO"), Group.of("DeFi")).withoutAlias(Asset.of("IMO"));
        assertThat(overrides.isEmpty()).isTrue();
        assertClassified(classify(Taxonomy.withOverrides(overrides), "IMO", null, null), "IMO", "Others", Basis.UNKNOWN);
    }

    @Test
    void locationKindsChosenByNameReachTheLocationRules() {
        TaxonomyOverrides overrides = NONE.withLocationKind(" Vsync Balance", LocationKind.SOFTWARE_WALLET);
        assertThat(overrides.locationKinds()).isEqualTo(Map.of("vsync", LocationKind.SOFTWARE_WALLET));
        Taxonomy taxonomy = Taxonomy.withOverrides(overrides);
        assertThat(taxonomy.locationRules().locate("VSYNC").kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
        assertThat(Taxonomy.defaults().locationRules().locate("Vsync").kind()).isEqualTo(LocationKind.UNKNOWN);
    }

    @Test
    void overridesAreSortedSoTheySerialiseTheSameWay() {
        TaxonomyOverrides overrides = NONE.withAlias(Asset.of("ZRX"), Group.OTHERS).withAlias(Asset.of("AAVE"), Group.OTHERS);
        assertThat(overrides.aliases().keySet()).containsExactly(Asset.of("AAVE"), Asset.of("ZRX"));
        assertThat(overrides).isEqualTo(NONE.withAlias(Asset.of("AAVE"), Group.OTHERS).withAlias(Asset.of("ZRX"), Group.OTHERS));
    }
}
