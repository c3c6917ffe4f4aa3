package com.cryptorebalancer.app;

import com.cryptorebalancer.adapter.in.web.ApiServer;
import com.cryptorebalancer.adapter.in.web.UseCases;
import com.cryptorebalancer.adapter.in.web.WebSettings;
import com.cryptorebalancer.adapter.out.holdings.HoldingsFileAdapter;
import com.cryptorebalancer.adapter.out.market.files.PriceHistoryFiles;
import com.cryptorebalancer.adapter.out.persistence.jdbc.JdbcDatabase;
import com.cryptorebalancer.application.backtest.BacktestService;
import com.cryptorebalancer.application.pricing.BackfillJobsService;
import com.cryptorebalancer.application.pricing.MarketPricesService;
import com.cryptorebalancer.application.pricing.MarketPricing;
import com.cryptorebalancer.application.pricing.PricingPolicy;
import com.cryptorebalancer.application.risk.RiskService;
import com.cryptorebalancer.application.service.CurrentHoldings;
import com.cryptorebalancer.application.service.CurrentPortfolioService;
import com.cryptorebalancer.application.service.ImportSnapshotService;
import com.cryptorebalancer.application.service.ManageTaxonomyService;
import com.cryptorebalancer.application.service.SavedPlansService;
import com.cryptorebalancer.application.service.SettingsService;
import com.cryptorebalancer.application.service.SnapshotsService;
import com.cryptorebalancer.application.service.TargetProfilesService;
import com.cryptorebalancer.application.stress.StressService;
import com.cryptorebalancer.application.suggest.SuggestService;
import java.time.Clock;

/**
 * {@code rebalancer serve}: the database (embedded or PostgreSQL, migrated at start), the services on
 * it, the market sources (built when first asked, so a server nobody asks for prices starts no HTTP client),
 * and the REST API with the dashboard, until closed.
 */
public final class Server implements AutoCloseable {

    private final JdbcDatabase database;
    private final BackfillJobsService backfills;
    private final ApiServer api;

    private Server(JdbcDatabase database, BackfillJobsService backfills, ApiServer api) {
        this.database = database;
        this.backfills = backfills;
        this.api = api;
    }

    /** The API's use cases, and the one of them that runs work of its own until it is closed. */
    private record Services(UseCases useCases, BackfillJobsService backfills) {
    }

    /**
     * Opens the database and starts listening.
     *
     * @throws InvalidConfigException when the database cannot be opened as configured
     */
    public static Server start(AppConfig config) {
        JdbcDatabase database = Database.openForServer(config);
        Services services = null;
        try {
            services = wire(config, database, Clock.systemUTC());
            return new Server(database, services.backfills(), ApiServer.start(settings(config, database), services.useCases()));
        } catch (RuntimeException e) {
            if (services != null) {
                services.backfills().close();
            }
            database.close();
            throw e;
        }
    }

    private static WebSettings settings(AppConfig config, JdbcDatabase database) {
        return new WebSettings(config.host(), config.port(), config.apiToken(), config.corsOrigins(),
                config.maxUploadBytes(), new WebSettings.SystemInfo(config.dataDir().toAbsolutePath().toString(),
                database.describe(), AppVersion.get(), SettingsService.PRICING_MODES));
    }

    private static Services wire(AppConfig config, JdbcDatabase database, Clock clock) {
        HoldingsFileAdapter files = new HoldingsFileAdapter();
        var taxonomy = database.taxonomy();
        var snapshots = database.snapshots();
        var profiles = database.targetProfiles();
        CurrentHoldings holdings = new CurrentHoldings(snapshots, files, DemoPortfolio.source());
        SettingsService settings = new SettingsService(database.settings(), profiles);
        MarketSources sources = new MarketSources(config.market(), clock);
        MarketPricing market = new MarketPricing(sources.live(), clock);
        // one current portfolio for the portfolio endpoints and the risk figures, so both see the same holdings
        CurrentPortfolioService current = new CurrentPortfolioService(holdings, taxonomy, settings, market,
                PricingPolicy.DEFAULT, clock);
        var history = database.priceHistory();
        TargetProfilesService profilesService = new TargetProfilesService(profiles, taxonomy, clock);
        MarketPricesService prices = new MarketPricesService(sources.live(), sources.history(), history,
                new PriceHistoryFiles(), clock);
        BackfillJobsService backfills = new BackfillJobsService(prices, current, database.backfillJobs(), clock);
        return new Services(new UseCases(new ImportSnapshotService(files, taxonomy, snapshots, clock), current,
                new SnapshotsService(snapshots, holdings, taxonomy),
                new ManageTaxonomyService(taxonomy, taxonomy),
                profilesService,
                new SavedPlansService(holdings, taxonomy, profiles, settings, database.plans(), clock,
                        market, PricingPolicy.DEFAULT),
                settings, prices, backfills, new RiskService(current, history, clock), new StressService(current, history),
                new BacktestService(current, history), new SuggestService(current, history, profilesService),
                database::problem), backfills);
    }

    /** The port it listens on (the configured one, or the one picked for port 0). */
    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            try {
                backfills.close(); // a backfill still running records that the server stopped it
            } finally {
                database.close();
            }
        }
    }
}
