package com.cryptorebalancer.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import com.cryptorebalancer.domain.taxonomy.PriceLookup;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ManageTaxonomyServiceTest {

    private final AtomicReference<TaxonomyOverrides> stored = new AtomicReference<>(TaxonomyOverrides.NONE);
    private final ManageTaxonomyService service = new ManageTaxonomyService(stored::get, stored::set);

    @Test
    void anAliasIsSavedAndClassifiesTheTicker() {
        Taxonomy taxonomy = service.setAlias("zyphr", "defi");

        assertThat(stored.get().aliases()).containsEntry(Asset.of("ZYPHR"), Group.of("DeFi"));
        Classification zyphr = taxonomy.classify(Asset.of("ZYPHR"), null, null, PriceLookup.NONE);
        assertThat(zyphr.group()).isEqualTo(Group.of("DeFi"));
        assertThat(zyphr.basis()).isEqualTo(Classification.Basis.OVERRIDE);
    }

    @Test
    void anAliasToAGroupThatDoesNotExistIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> service.setAlias("ZYPHR", "Layer 7"))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("'Layer 7'");
        assertThat(stored.get()).isEqualTo(TaxonomyOverrides.NONE);
    }

    @Test
    void removingAnAssignmentThatWasNeverMadeIsRefused() {
        assertThatThrownBy(() -> service.removeAlias("BTC"))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("BTC has no assignment");
    }

    @Test
    void aNewGroupGoesBeforeOthersUnlessAPositionIsGivenAndCanBeMoved() {
        assertThat(service.addGroup("RWA", null).groups()).extracting(Group::name).endsWith("Memecoins", "RWA", "Others");
        assertThat(service.moveGroup("rwa", 1).groups().get(0).name()).isEqualTo("RWA");
        assertThatThrownBy(() -> service.addGroup("rwa", null)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> service.moveGroup("RWA", 13)).hasMessageContaining("between 1 and 12, was 13");
    }

    @Test
    void aLocationKindIsSavedByNormalisedName() {
        Taxonomy taxonomy = service.setLocationKind(" Vsync Balance ", LocationKind.SOFTWARE_WALLET);

        assertThat(stored.get().locationKinds()).containsEntry("vsync", LocationKind.SOFTWARE_WALLET);
        assertThat(taxonomy.locationRules().locate("vsync").kind()).isEqualTo(LocationKind.SOFTWARE_WALLET);
    }

    @Test
    void badSymbolsAndBlankNamesAreCommandErrors() {
        assertThatThrownBy(() -> service.setAlias("two words", "DeFi")).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> service.addGroup("  ", null)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> service.setLocationKind(" ", LocationKind.MANUAL)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> service.setLocationKind("\u00A0", LocationKind.MANUAL))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("must not be blank");
        assertThat(stored.get()).isEqualTo(TaxonomyOverrides.NONE);
    }
}
