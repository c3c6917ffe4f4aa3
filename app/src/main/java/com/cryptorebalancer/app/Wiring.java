package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.adapter.out.persistence.file.JsonTaxonomyOverridesFile;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.application.service.ManageTaxonomyService;
import com.cryptorebalancer.application.service.PlanRebalanceService;
import com.cryptorebalancer.application.service.ShowPortfolioService;
import java.nio.file.Path;

/** Builds the adapters and the services on them, once per process, from the configuration. */
public final class Wiring {

    /** In the data directory: targets used when a plan names none. */
    public static final String TARGETS_FILE = "targets.json";

    private final AppConfig config;
    private final JsonTaxonomyOverridesFile taxonomyFile;
    private final PlanRebalanceUseCase planRebalance;
    private final ShowPortfolioUseCase showPortfolio;
    private final ManageTaxonomyUseCase manageTaxonomy;

    public Wiring(AppConfig config) {
        this.config = config;
        HoldingsFileAdapter holdings = new HoldingsFileAdapter();
        this.taxonomyFile = new JsonTaxonomyOverridesFile(config.dataDir());
        this.planRebalance = new PlanRebalanceService(holdings, taxonomyFile);
        this.showPortfolio = new ShowPortfolioService(holdings, taxonomyFile);
        this.manageTaxonomy = new ManageTaxonomyService(taxonomyFile, taxonomyFile);
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

    /** Where taxonomy changes are saved. */
    public Path taxonomyFile() {
        return taxonomyFile.file();
    }

    /** Where the default targets are looked for. */
    public Path targetsFile() {
        return config.dataDir().resolve(TARGETS_FILE);
    }
}
