package com.cryptorebalancer.adapter.out.persistence.jdbc;

import static com.cryptorebalancer.adapter.out.persistence.jdbc.StoreTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cryptorebalancer.application.port.out.NameTakenException;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class TargetProfileStoreContractTest {

    private static Map<String, BigDecimal> targets(String... groupsAndPercents) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < groupsAndPercents.length; i += 2) {
            targets.put(groupsAndPercents[i], new BigDecimal(groupsAndPercents[i + 1]));
        }
        return targets;
    }

    @DatabaseContract
    void aProfileComesBackWithItsTargetsInOrderAndExact(JdbcDatabase database) {
        Map<String, BigDecimal> targets = targets("Stablecoins", "12.50", "BTC", "60", "ETH", "27.5", "Others",
                "0.000000000000000001");

        TargetProfile created = database.targetProfiles().create("Growth", targets, T0);
        TargetProfile found = database.targetProfiles().find(created.id()).orElseThrow();

        assertThat(found).isEqualTo(created);
        assertThat(found.targets()).containsExactlyEntriesOf(targets);
        assertThat(found.targets().get("Stablecoins").scale()).isEqualTo(2);
        assertThat(found.createdAt()).isEqualTo(T0).isEqualTo(found.updatedAt());
    }

    @DatabaseContract
    void namesAreUniqueRegardlessOfCase(JdbcDatabase database) {
        TargetProfileStore store = database.targetProfiles();
        store.create("Growth", targets("BTC", "100"), T0);

        assertThatThrownBy(() -> store.create("GROWTH", targets("ETH", "100"), T0))
                .isInstanceOf(NameTakenException.class)
                .hasMessage("Target profile 'GROWTH' already exists");
        assertThat(store.list()).extracting(TargetProfile::name).containsExactly("Growth");
    }

    @DatabaseContract
    void anUpdateReplacesNameAndTargetsAndMayChangeOnlyTheCase(JdbcDatabase database) {
        TargetProfileStore store = database.targetProfiles();
        TargetProfile growth = store.create("Growth", targets("BTC", "100"), T0);
        store.create("Safe", targets("Stablecoins", "100"), T0);

        TargetProfile updated = store.update(growth.id(), "GROWTH", targets("ETH", "40", "BTC", "60"),
                T0.plusSeconds(5)).orElseThrow();

        assertThat(updated).isEqualTo(new TargetProfile(growth.id(), "GROWTH", targets("ETH", "40", "BTC", "60"), T0,
                T0.plusSeconds(5)));
        assertThat(store.find(growth.id())).contains(updated);
        assertThatThrownBy(() -> store.update(growth.id(), "safe", targets("BTC", "100"), T0))
                .isInstanceOf(NameTakenException.class)
                .satisfies(e -> assertThat(((NameTakenException) e).name()).isEqualTo("safe"));
        assertThat(store.find(growth.id())).contains(updated);
    }

    @DatabaseContract
    void unknownProfilesAreEmptyAndDeleteSaysWhetherThereWasOne(JdbcDatabase database) {
        TargetProfileStore store = database.targetProfiles();
        assertThat(store.find(42)).isEmpty();
        assertThat(store.update(42, "Nothing", targets("BTC", "100"), T0)).isEmpty();
        long id = store.create("Growth", targets("BTC", "100"), T0).id();

        assertThat(store.delete(id)).isTrue();
        assertThat(store.delete(id)).isFalse();
        assertThat(store.find(id)).isEmpty();
        assertThat(store.create("growth", targets("BTC", "100"), T0).name()).isEqualTo("growth");
    }

    @DatabaseContract
    void listIsByNameIgnoringCase(JdbcDatabase database) {
        TargetProfileStore store = database.targetProfiles();
        for (String name : List.of("beta", "Alpha", "_under", "Zulu", "gamma")) {
            store.create(name, targets("BTC", "100"), T0);
        }

        // "_" sorts before letters when case is ignored (String.CASE_INSENSITIVE_ORDER), on every database
        assertThat(store.list()).extracting(TargetProfile::name).containsExactly("_under", "Alpha", "beta", "gamma",
                "Zulu");
    }

    @DatabaseContract
    void ofManyCreatingTheSameNameAtOnceExactlyOneSucceeds(JdbcDatabase database) throws Exception {
        TargetProfileStore store = database.targetProfiles();
        List<String> results = Concurrently.run(8, thread -> () -> {
            try {
                store.create(thread % 2 == 0 ? "Race" : "RACE", targets("BTC", "100"), T0);
                return "created";
            } catch (NameTakenException e) {
                return "taken";
            }
        });

        assertThat(results).containsOnlyOnce("created").containsOnly("created", "taken");
        assertThat(store.list()).hasSize(1);
    }
}
