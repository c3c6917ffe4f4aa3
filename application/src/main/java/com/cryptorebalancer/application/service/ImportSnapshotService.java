package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.ImportResult;
import com.cryptorebalancer.application.port.in.ImportSnapshotCommand;
import com.cryptorebalancer.application.port.in.ImportSnapshotUseCase;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.NewSnapshot;
import com.cryptorebalancer.application.port.out.SnapshotStore;
import com.cryptorebalancer.application.port.out.SnapshotSummary;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.time.Clock;

/** Reads a file (or holdings sent as JSON) and stores it as a snapshot: all of it, or nothing. */
public final class ImportSnapshotService implements ImportSnapshotUseCase {

    private final LoadHoldingsPort loader;
    private final LoadTaxonomyOverridesPort overrides;
    private final SnapshotStore snapshots;
    private final Clock clock;

    public ImportSnapshotService(LoadHoldingsPort loader, LoadTaxonomyOverridesPort overrides, SnapshotStore snapshots,
                                 Clock clock) {
        this.loader = loader;
        this.overrides = overrides;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public ImportResult importHoldings(ImportSnapshotCommand command) {
        ImportOptions options = new ImportOptions(command.lenient(), null,
                PortfolioLoader.taxonomy(overrides).locationRules());
        ImportedHoldings imported = loader.load(command.source(), options);
        UsdAmount total = UsdAmount.ZERO;
        for (Holding holding : imported.holdings()) {
            total = total.plus(holding.valueOrZero());
        }
        String fileName = command.origin().equals("json") ? null : command.source().fileName();
        SnapshotSummary saved = snapshots.save(new NewSnapshot(clock.instant(), command.origin(), fileName,
                imported.holdings(), imported.report(), total));
        return new ImportResult(saved, imported.report());
    }
}
