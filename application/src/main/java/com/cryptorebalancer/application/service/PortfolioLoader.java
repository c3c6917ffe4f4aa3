package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.portfolio.Portfolio;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import com.cryptorebalancer.domain.taxonomy.TaxonomyOverrides;
import java.util.ArrayList;
import java.util.List;

/** Reads every source, merges the holdings, and classifies them with the current taxonomy. */
final class PortfolioLoader {

    /** A classified portfolio and what each import read. */
    record Loaded(Portfolio portfolio, List<ImportReport> reports) {
    }

    private final LoadHoldingsPort holdings;
    private final LoadTaxonomyOverridesPort overrides;

    PortfolioLoader(LoadHoldingsPort holdings, LoadTaxonomyOverridesPort overrides) {
        this.holdings = holdings;
        this.overrides = overrides;
    }

    Taxonomy taxonomy() {
        return taxonomy(overrides);
    }

    /** The last taxonomy built, with the overrides it was built from. */
    private record Built(TaxonomyOverrides overrides, Taxonomy taxonomy) {
    }

    private static volatile Built last;

    /**
     * The default taxonomy with the person's saved changes. Building it takes a while with thousands of
     * assignments, so the last one built is kept and given again while the saved changes are the same.
     */
    static Taxonomy taxonomy(LoadTaxonomyOverridesPort overrides) {
        TaxonomyOverrides saved = overrides.loadOverrides();
        Built known = last;
        if (known != null && (known.overrides() == saved || known.overrides().equals(saved))) {
            return known.taxonomy();
        }
        try {
            Taxonomy taxonomy = Taxonomy.withOverrides(saved);
            last = new Built(saved, taxonomy);
            return taxonomy;
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("taxonomy", "the saved taxonomy changes are invalid: " + e.getMessage(), e);
        }
    }

    /** Loads the sources and classifies them with the taxonomy the caller read once, with {@link #taxonomy()}. */
    Loaded load(List<HoldingsSource> sources, boolean lenient, Taxonomy taxonomy) {
        ImportOptions options = new ImportOptions(lenient, null, taxonomy.locationRules());
        List<Holding> all = new ArrayList<>();
        List<ImportReport> reports = new ArrayList<>(sources.size());
        for (HoldingsSource source : sources) {
            ImportedHoldings imported = holdings.load(source, options);
            all.addAll(imported.holdings());
            reports.add(imported.report());
        }
        return new Loaded(Portfolio.classify(all, taxonomy), reports);
    }
}
