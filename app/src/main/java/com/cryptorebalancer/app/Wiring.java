package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.adapter.out.market.files.PriceHistoryFiles;
import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.cryptorebalancer.application.backtest.BacktestService;
import com.cryptorebalancer.application.port.in.BacktestUseCase;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.in.PlanRebalanceUseCase;
import com.cryptorebalancer.application.port.in.RiskUseCase;
import com.cryptorebalancer.application.port.in.ShowPortfolioUseCase;
import com.cryptorebalancer.application.port.in.StressUseCase;
import com.cryptorebalancer.application.port.in.SuggestUseCase;
import com.cryptorebalancer.application.port.out.LoadTaxonomyOverridesPort;
import com.cryptorebalancer.application.port.out.SaveTaxonomyOverridesPort;
import com.cryptorebalancer.application.pricing.BackfillJobsService;
import com.cryptorebalancer.application.pricing.MarketPricesService;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.application.risk.RiskService;
import com.cryptorebalancer.application.service.ManageTaxonomyService;
import com.cryptorebalancer.application.service.PlanRebalanceService;
import com.cryptorebalancer.application.service.ShowPortfolioService;
import com.cryptorebalancer.application.service.TargetProfilesService;
import com.cryptorebalancer.application.stress.StressService;
import com.cryptorebalancer.application.suggest.SuggestService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the adapters and the services on them for the command line, once per process, from the
 * configuration. The database (which holds the taxonomy changes) is opened on first use, so a command
 * that fails on its options never touches it, and closed with the wiring. A command that will need it
 * can have it opened in the background while it reads its files ({@link #openDatabaseInBackground()}).
 */
public final class Wiring implements AutoCloseable {

    /** In the data directory: targets used when a plan names none. */
    public static final String TARGETS_FILE = "targets.json";

    private final AppConfig config;
    private final PlanRebalanceUseCase planRebalance;
    private final ShowPortfolioUseCase showPortfolio;
    private final ManageTaxonomyUseCase manageTaxonomy;
    private final FutureTask<JdbcDatabase> database;
    private final AtomicBoolean databaseWanted = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC();
    private MarketSources sources;
    private MarketPricesUseCase marketPrices;

    public Wiring(AppConfig config) {
        this.config = config;
        this.database = new FutureTask<>(() -> Database.open(config));
        HoldingsFileAdapter holdings = new HoldingsFileAdapter();
        LoadTaxonomyOverridesPort load = () -> database().taxonomy().loadOverrides();
        SaveTaxonomyOverridesPort save = overrides -> database().taxonomy().saveOverrides(overrides);
        this.planRebalance = new PlanRebalanceService(holdings, load,
                new MarketPricing(sources().live(), clock), PricingPolicy.DEFAULT);
        this.showPortfolio = new ShowPortfolioService(holdings, load,
                new MarketPricing(sources().live(), clock), PricingPolicy.DEFAULT);
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

    /** Live prices and daily history: the sources are built, and the database opened, on first use. */
    public synchronized MarketPricesUseCase marketPrices() {
        if (marketPrices == null) {
            MarketSources sources = sources();
            marketPrices = new MarketPricesService(sources.live(), sources.history(), database().priceHistory(),
                    new PriceHistoryFiles(), clock);
        }
        return marketPrices;
    }

    /**
     * Backfills of {@code portfolio}'s coins kept as jobs in the database, like the server's: one at a time across
     * every process sharing it. The caller closes it.
     */
    public BackfillJobsService backfillJobs(CurrentPortfolioUseCase portfolio) {
        return new BackfillJobsService(marketPrices(), portfolio, database().backfillJobs(), clock);
    }

    /** Risk figures of {@code portfolio} from the daily history in the database. */
    public RiskUseCase risk(CurrentPortfolioUseCase portfolio) {
        return new RiskService(portfolio, database().priceHistory(), clock);
    }

    /** {@code portfolio} through past crashes and imagined shocks, from the daily history in the database. */
    public StressUseCase stress(CurrentPortfolioUseCase portfolio) {
        return new StressService(portfolio, database().priceHistory());
    }

    /** Rebalancing strategies replayed on the daily history in the database, for targets among {@code portfolio}'s coins. */
    public BacktestUseCase backtest(CurrentPortfolioUseCase portfolio) {
        return new BacktestService(portfolio, database().priceHistory());
    }

    /** Target suggestions for {@code portfolio} from the daily history in the database, savable as target profiles. */
    public SuggestUseCase suggest(CurrentPortfolioUseCase portfolio) {
        JdbcDatabase db = database();
        return new SuggestService(portfolio, db.priceHistory(), new TargetProfilesService(db.targetProfiles(), db.taxonomy(), clock));
    }

    private synchronized MarketSources sources() {
        if (sources == null) {
            sources = new MarketSources(config.market(), clock);
        }
        return sources;
    }

    /** Where taxonomy changes are saved, in words (the database, never its password). */
    public String taxonomyStore() {
        return database().describe();
    }

    /** Where the default targets are looked for. */
    public Path targetsFile() {
        return config.dataDir().resolve(TARGETS_FILE);
    }

    /**
     * Starts opening the database on another thread (migrations, the pool), for a command that will need it
     * but has files to read first; the first use waits for it, and a failure is thrown there.
     */
    public void openDatabaseInBackground() {
        if (databaseWanted.compareAndSet(false, true)) {
            Thread opener = new Thread(database, "open-database");
            opener.setDaemon(true);
            opener.start();
        }
    }

    private JdbcDatabase database() {
        databaseWanted.set(true);
        database.run(); // opens it here, unless it is opening or open already
        try {
            return database.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Closes the database if it was opened (waiting for an opening under way). */
    @Override
    public void close() {
        if (!databaseWanted.get()) {
            return;
        }
        try {
            database.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // it never opened: nothing to close, and the command that used it has reported why
        }
    }
}
