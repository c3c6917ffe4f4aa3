package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.SnapshotsUseCase;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.Snapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.application.report.Amounts;
import com.cryptorebalancer.application.report.HistoryReport;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.PortfolioOverview;
import com.cryptorebalancer.domain.taxonomy.Group;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored snapshots, and their values by group over time. */
public final class SnapshotsService implements SnapshotsUseCase {

    private final SnapshotStore snapshots;
    private final CurrentHoldings holdings;
    private final LoadTaxonomyOverridesPort overrides;

    public SnapshotsService(SnapshotStore snapshots, CurrentHoldings holdings, LoadTaxonomyOverridesPort overrides) {
        this.snapshots = snapshots;
        this.holdings = holdings;
        this.overrides = overrides;
    }

    @Override
    public List<SnapshotSummary> list() {
        return snapshots.list();
    }

    @Override
    public Snapshot get(long id) {
        return holdings.snapshot(id);
    }

    /** Every holding counts, dust included: the history shows what was held, not what a plan would trade. */
    @Override
    public HistoryReport history() {
        Taxonomy taxonomy = PortfolioLoader.taxonomy(overrides);
        List<SnapshotSummary> newestFirst = snapshots.list();
        List<HistoryReport.Point> points = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            SnapshotSummary summary = newestFirst.get(i);
            CurrentHoldings.Classified classified = CurrentHoldings.classify(holdings.snapshot(summary.id()), taxonomy);
            PortfolioOverview overview = PortfolioOverview.of(classified.portfolio(), UsdAmount.ZERO);
            Map<String, String> byGroup = new LinkedHashMap<>();
            for (PortfolioOverview.GroupTotal group : overview.groups()) {
                if (!group.coins().isEmpty()) { // only the groups that hold anything, as the report says
                    byGroup.put(group.group().name(), Amounts.usd(group.value()));
                }
            }
            points.add(new HistoryReport.Point(summary.id(), summary.takenAt().toString(),
                    summary.asOf() == null ? null : summary.asOf().toString(), Amounts.usd(overview.total()), byGroup));
        }
        return new HistoryReport(taxonomy.groups().stream().map(Group::name).toList(), points);
    }
}
