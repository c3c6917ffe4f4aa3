package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.CurrentPortfolio;
import com.cryptorebalancer.application.port.in.NotFoundException;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationRules;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The holdings of the current portfolio (the newest snapshot, or the bundled demo while there is none),
 * classified with the taxonomy as it is now.
 *
 * <p>Snapshots never change, so their holdings are kept in memory once read (the few newest), and the
 * classified portfolio is kept until a new snapshot arrives or the taxonomy changes. Nothing kept here
 * is needed by another replica: each one reads the same snapshots from the shared database.
 */
public final class CurrentHoldings {

    /** A classified portfolio with where it came from and the report of the import that made it. */
    record Classified(CurrentPortfolio.Basis basis, Portfolio portfolio, ImportReport report) {
    }

    private static final int SNAPSHOTS_KEPT = 4;

    private record Key(Long snapshotId, TaxonomyOverrides overrides) {
    }

    private record Entry(Key key, Classified classified) {
    }

    private final SnapshotStore snapshots;
    private final LoadHoldingsPort loader;
    private final HoldingsSource demo;
    private final RecentlyUsed<Long, Snapshot> recent = new RecentlyUsed<>(SNAPSHOTS_KEPT);
    private volatile Entry current;

    /** @param demo the bundled demo portfolio, shown (and labelled) while nothing has been imported */
    public CurrentHoldings(SnapshotStore snapshots, LoadHoldingsPort loader, HoldingsSource demo) {
        this.snapshots = snapshots;
        this.loader = loader;
        this.demo = demo;
    }

    /** The newest snapshot (or the demo) classified with {@code taxonomy}. */
    Classified current(Taxonomy taxonomy) {
        Optional<SnapshotSummary> latest = snapshots.latest();
        Key key = new Key(latest.map(SnapshotSummary::id).orElse(null), taxonomy.overrides());
        Entry entry = current;
        if (entry != null && entry.key().equals(key)) {
            return entry.classified();
        }
        Classified classified = latest.isPresent() ? classify(snapshot(latest.get().id()), taxonomy) : demo(taxonomy);
        current = new Entry(key, classified);
        return classified;
    }

    /** A stored snapshot, from memory when it was read lately. */
    Snapshot snapshot(long id) {
        return recent.get(id).orElseGet(() -> {
            Snapshot snapshot = snapshots.find(id).orElseThrow(() -> new NotFoundException("snapshot", id));
            recent.put(id, snapshot);
            return snapshot;
        });
    }

    /** A snapshot's holdings classified with {@code taxonomy}, their locations' kinds decided by its rules. */
    static Classified classify(Snapshot snapshot, Taxonomy taxonomy) {
        SnapshotSummary summary = snapshot.summary();
        String source = summary.fileName() != null ? summary.fileName() : "holdings sent as JSON";
        CurrentPortfolio.Basis basis = new CurrentPortfolio.Basis(summary.id(), summary.takenAt(), false, source);
        return new Classified(basis, Portfolio.classify(located(snapshot.holdings(), taxonomy.locationRules()), taxonomy),
                snapshot.report());
    }

    private Classified demo(Taxonomy taxonomy) {
        ImportedHoldings imported = loader.load(demo, new ImportOptions(false, null, taxonomy.locationRules()));
        CurrentPortfolio.Basis basis = new CurrentPortfolio.Basis(null, null, true, demo.name());
        return new Classified(basis, Portfolio.classify(imported.holdings(), taxonomy), imported.report());
    }

    /** The kinds stored with a snapshot are those of its import; a person may have decided others since. */
    private static List<Holding> located(List<Holding> holdings, LocationRules rules) {
        List<Holding> located = new ArrayList<>(holdings.size());
        Map<String, Location> byName = new LinkedHashMap<>();
        for (Holding holding : holdings) {
            located.add(holding.at(byName.computeIfAbsent(holding.location().name(), rules::locate)));
        }
        return located;
    }
}
