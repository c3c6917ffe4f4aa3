package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.SaveTaxonomyOverridesPort;
import com.cryptorebalancer.application.service.ManageTaxonomyService;
import com.cryptorebalancer.application.service.PlanRebalanceService;
import com.cryptorebalancer.application.service.ShowPortfolioService;
import java.nio.file.Path;

/**
 * Builds the adapters and the services on them for the command line, once per process, from the
 * configuration. The database (which holds the taxonomy changes) is opened on first use, so a command
 * that fails on its options never touches it, and closed with the wiring.
 */
public final class Wiring implements AutoCloseable {

    /** In the data directory: targets used when a plan names none. */
    public static final String TARGETS_FILE = "targets.json";

    private final AppConfig config;
    private final PlanRebalanceUseCase planRebalance;
    private final ShowPortfolioUseCase showPortfolio;
    private final ManageTaxonomyUseCase manageTaxonomy;
    private JdbcDatabase database;

    public Wiring(AppConfig config) {
        this.config = config;
        HoldingsFileAdapter holdings = new HoldingsFileAdapter();
        LoadTaxonomyOverridesPort load = () -> database().taxonomy().loadOverrides();
        SaveTaxonomyOverridesPort save = overrides -> database().taxonomy().saveOverrides(overrides);
        this.planRebalance = new PlanRebalanceService(holdings, load);
        this.showPortfolio = new ShowPortfolioService(holdings, load);
        this.manageTaxonomy = new ManageTaxonomyService(load, save);
    }

    public AppConfig config() {
        return config;
    }

    public PlanRebalanceUseCase planRebalance() {
        return planRebalance;
    }

    public ShowPortfolioUseCase showPortfolio() {
        return showPortfolio;
    }

    public ManageTaxonomyUseCase manageTaxonomy() {
        return manageTaxonomy;
    }

    /** Where taxonomy changes are saved, in words (the database, never its password). */
    public String taxonomyStore() {
        return database().describe();
    }

    /** Where the default targets are looked for. */
    public Path targetsFile() {
        return config.dataDir().resolve(TARGETS_FILE);
    }

    private synchronized JdbcDatabase database() {
        if (database == null) {
            database = Database.open(config);
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
