package com.cryptorebalancer.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.in.ConflictException;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TargetProfilesServiceTest {

    private final InMemoryStores stores = new InMemoryStores();
    private final TargetProfilesService service = new TargetProfilesService(stores.profiles,
            () -> TaxonomyOverrides.NONE.withGroupOrder(java.util.List.of(Group.of("RWA"))), InMemoryStores.CLOCK);

    private static Map<String, BigDecimal> targets(String... groupThenPercent) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < groupThenPercent.length; i += 2) {
            targets.put(groupThenPercent[i], new BigDecimal(groupThenPercent[i + 1]));
        }
        return targets;
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field()).isEqualTo(field);
    }

    @Test
    void aCreatedProfileCanBeReadBackWithItsTargetsInOrder() {
        TargetProfile created = service.create("  Core  ", targets("ETH", "30", "BTC", "60", "Stablecoins", "10"));

        TargetProfile read = service.get(created.id());

        assertThat(read.name()).isEqualTo("Core");
        assertThat(read.targets().keySet()).containsExactly("ETH", "BTC", "Stablecoins");
        assertThat(read.targets().get("BTC")).isEqualByComparingTo("60");
        assertThat(read.createdAt()).isEqualTo(InMemoryStores.NOW);
        assertThat(service.list()).containsExactly(read);
    }

    @Test
    void aProfileMayTargetAGroupOfThePersonsOwn() {
        TargetProfile created = service.create("Tokenised", targets("RWA", "20", "BTC", "80"));

        assertThat(service.get(created.id()).targets()).containsOnlyKeys("RWA", "BTC");
    }

    @Test
    void anUpdateReplacesNameAndTargets() {
        TargetProfile created = service.create("Core", targets("BTC", "100"));

        TargetProfile updated = service.update(created.id(), "Core 2", targets("BTC", "50", "ETH", "50"));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(service.get(created.id()).name()).isEqualTo("Core 2");
        assertThat(service.get(created.id()).targets()).containsOnlyKeys("BTC", "ETH");
    }

    @Test
    void aProfileMayBeRenamedToItsOwnNameInAnotherCase() {
        TargetProfile created = service.create("Core", targets("BTC", "100"));

        assertThat(service.update(created.id(), "CORE", targets("BTC", "100")).name()).isEqualTo("CORE");
    }

    @Test
    void aDeletedProfileIsGone() {
        TargetProfile created = service.create("Core", targets("BTC", "100"));

        service.delete(created.id());

        assertThatThrownBy(() -> service.get(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.list()).isEmpty();
        assertThatThrownBy(() -> service.delete(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.get(7)).isInstanceOf(NotFoundException.class).hasMessageContaining("7");
        assertThatThrownBy(() -> service.update(7, "Core", targets("BTC", "100"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(7)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void targetsThatDoNotAddUpTo100OrNameAnUnknownGroupAreRefusedOnTheTargetsField() {
        assertInvalid(() -> service.create("Core", targets("BTC", "60", "ETH", "30")), "targets");
        assertInvalid(() -> service.create("Core", targets("BTC", "60", "ETH", "50")), "targets");
        assertInvalid(() -> service.create("Core", targets("BTC", "60", "Layer 7", "40")), "targets");
        assertInvalid(() -> service.create("Core", Map.of()), "targets");
        assertThat(service.list()).isEmpty();

        TargetProfile created = service.create("Core", targets("BTC", "100"));
        assertInvalid(() -> service.update(created.id(), "Core", targets("BTC", "99")), "targets");
        assertThat(service.get(created.id()).targets().get("BTC")).isEqualByComparingTo("100");
    }

    @Test
    void aBlankOrTooLongNameIsRefusedOnTheNameField() {
        assertInvalid(() -> service.create(null, targets("BTC", "100")), "name");
        assertInvalid(() -> service.create("   ", targets("BTC", "100")), "name");
        assertInvalid(() -> service.create("x".repeat(101), targets("BTC", "100")), "name");
        assertThat(service.list()).isEmpty();

        assertThat(service.create("x".repeat(100), targets("BTC", "100")).name()).hasSize(100);
    }

    @Test
    void aNameAnotherProfileHasInAnyCaseIsAConflict() {
        service.create("Core", targets("BTC", "100"));
        TargetProfile other = service.create("Growth", targets("ETH", "100"));

        assertThatThrownBy(() -> service.create("cORE", targets("ETH", "100")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cORE")
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> service.update(other.id(), "CORE", targets("ETH", "100")))
                .isInstanceOf(ConflictException.class);
        assertThat(service.get(other.id()).name()).isEqualTo("Growth");
        assertThat(service.list()).hasSize(2);
    }

    @Test
    void theSavedTaxonomyDecidesWhichGroupsExist() {
        TargetProfilesService withAlias = new TargetProfilesService(stores.profiles,
                () -> TaxonomyOverrides.NONE.withAlias(Asset.of("ZZZ"), Group.of("DeFi")), InMemoryStores.CLOCK);

        assertInvalid(() -> withAlias.create("Own group", targets("RWA", "100")), "targets");
    }
}
