package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.out.NameTakenException;
import com.cryptorebalancer.application.port.out.NewPlan;
import com.cryptorebalancer.application.port.out.NewSnapshot;
import com.cryptorebalancer.application.port.out.PlanStore;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.port.out.SettingsStore;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.port.out.TargetProfileStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The four stores in memory, keeping their ports' contracts: snapshots and plans newest first, profile
 * names unique regardless of case, deletes saying whether there was anything to delete.
 */
final class InMemoryStores {

    static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final Snapshots snapshots = new Snapshots();
    final Profiles profiles = new Profiles();
    final Plans plans = new Plans();
    final SettingsMap settings = new SettingsMap();

    static final class Snapshots implements SnapshotStore {

        private final Map<Long, Snapshot> byId = new LinkedHashMap<>();
        private long nextId = 1;
        int finds;

        @Override
        public SnapshotSummary save(NewSnapshot snapshot) {
            SnapshotSummary summary = new SnapshotSummary(nextId++, snapshot.takenAt(), snapshot.source(),
                    snapshot.fileName(), snapshot.report().format(), snapshot.holdings().size(), snapshot.totalUsd(),
                    snapshot.report().asOf());
            byId.put(summary.id(), new Snapshot(summary, snapshot.holdings(), snapshot.report()));
            return summary;
        }

        @Override
        public List<SnapshotSummary> list() {
            return byId.values().stream().map(Snapshot::summary)
                    .sorted(Comparator.comparing(SnapshotSummary::takenAt).thenComparingLong(SnapshotSummary::id).reversed())
                    .toList();
        }

        @Override
        public Optional<Snapshot> find(long id) {
            finds++;
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<SnapshotSummary> latest() {
            return list().stream().findFirst();
        }
    }

    static final class Profiles implements TargetProfileStore {

        private final Map<Long, TargetProfile> byId = new LinkedHashMap<>();
        private long nextId = 1;

        @Override
        public List<TargetProfile> list() {
            return byId.values().stream().sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT))).toList();
        }

        @Override
        public Optional<TargetProfile> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public TargetProfile create(String name, Map<String, BigDecimal> targets, Instant at) {
            refuseTaken(name, null);
            TargetProfile profile = new TargetProfile(nextId++, name, targets, at, at);
            byId.put(profile.id(), profile);
            return profile;
        }

        @Override
        public Optional<TargetProfile> update(long id, String name, Map<String, BigDecimal> targets, Instant at) {
            TargetProfile old = byId.get(id);
            if (old == null) {
                return Optional.empty();
            }
            refuseTaken(name, id);
            TargetProfile profile = new TargetProfile(id, name, targets, old.createdAt(), at);
            byId.put(id, profile);
            return Optional.of(profile);
        }

        @Override
        public boolean delete(long id) {
            return byId.remove(id) != null;
        }

        private void refuseTaken(String name, Long except) {
            for (TargetProfile other : byId.values()) {
                if (other.name().equalsIgnoreCase(name) && (except == null || other.id() != except)) {
                    throw new NameTakenException("target profile", name);
                }
            }
        }
    }

    static final class Plans implements PlanStore {

        private final Map<Long, SavedPlan> byId = new LinkedHashMap<>();
        private final Map<Long, String> fingerprints = new LinkedHashMap<>();
        private long nextId = 1;
        int saves;

        @Override
        public SavedPlan save(NewPlan plan) {
            SavedPlan saved = new SavedPlan(nextId++, plan.createdAt(), plan.snapshotId(), plan.request(), plan.plan());
            byId.put(saved.id(), saved);
            fingerprints.put(saved.id(), plan.fingerprint());
            saves++;
            return saved;
        }

        @Override
        public OptionalLong findByFingerprint(String fingerprint) {
            return fingerprints.entrySet().stream().filter(e -> e.getValue().equals(fingerprint) && byId.containsKey(e.getKey()))
                    .mapToLong(Map.Entry::getKey).max();
        }

        @Override
        public List<PlanSummary> list() {
            List<PlanSummary> summaries = new ArrayList<>();
            for (SavedPlan plan : byId.values()) {
                summaries.add(new PlanSummary(plan.id(), plan.createdAt(), plan.snapshotId(), plan.plan().mode(),
                        plan.plan().totals().portfolioUsd(), plan.plan().totals().sellUsd(),
                        plan.plan().totals().buyUsd(), plan.plan().actions().size()));
            }
            summaries.sort(Comparator.comparing(PlanSummary::createdAt).thenComparingLong(PlanSummary::id).reversed());
            return summaries;
        }

        @Override
        public Optional<SavedPlan> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean delete(long id) {
            return byId.remove(id) != null;
        }
    }

    static final class SettingsMap implements SettingsStore {

        private final Map<String, String> stored = new TreeMap<>();
        int saves;

        @Override
        public Map<String, String> load() {
            return Map.copyOf(stored);
        }

        @Override
        public void save(Map<String, String> changes) {
            saves++;
            new HashMap<>(changes).forEach((key, value) -> {
                if (value == null) {
                    stored.remove(key);
                } else {
                    stored.put(key, value);
                }
            });
        }
    }
}
