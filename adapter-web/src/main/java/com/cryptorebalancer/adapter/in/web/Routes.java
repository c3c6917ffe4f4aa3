package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.in.HoldingsWorth;
import com.cryptorebalancer.application.port.in.Settings;
import com.cryptorebalancer.application.port.out.PlanSummary;
import com.cryptorebalancer.application.port.out.SavedPlan;
import com.cryptorebalancer.application.port.out.SourceHealth;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.report.BacktestView;
import com.cryptorebalancer.application.report.HistoryReport;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.application.report.RiskView;
import com.cryptorebalancer.application.report.StressView;
import com.cryptorebalancer.application.report.SuggestionView;
import com.cryptorebalancer.application.report.TaxonomyReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import java.math.BigDecimal;
import java.time.LocalDate;

import static com.cryptorebalancer.adapter.in.web.ProblemType.CONFLICT;
import static com.cryptorebalancer.adapter.in.web.ProblemType.INVALID_IMPORT;
import static com.cryptorebalancer.adapter.in.web.ProblemType.INVALID_REQUEST;
import static com.cryptorebalancer.adapter.in.web.ProblemType.NOT_FOUND;

/** Every route of the server, as docs/api.md lists them: the handler and what the OpenAPI document says. */
final class Routes {

    private static final String V1 = "/api/v1";
    private static final String ID = "a positive integer";

    private Routes() {
    }

    static void register(RouteRegistry routes, UseCases useCases, WebSettings settings, Json json) {
        HealthEndpoints health = new HealthEndpoints(json, useCases.readinessProblem());
        routes.get("/healthz", health::live).summary("health", "The process is up").returns(200, HealthEndpoints.HealthJson.class);
        routes.get("/readyz", health::ready).summary("health", "The server can serve requests (503 with the reason when not)")
                .returns(200, HealthEndpoints.HealthJson.class);

        ImportEndpoints imports = new ImportEndpoints(json, useCases.imports());
        routes.post(V1 + "/imports", imports::create)
                .summary("imports", "Import a file or holdings sent as JSON as a new snapshot, the current portfolio")
                .query("lenient", Boolean.class, "true: skip (and report) rows that cannot be read instead of refusing the file")
                .query(ImportEndpoints.MODIFIED, String.class, "when the file was last written, ISO 8601 with offset (e.g."
                        + " 2025-08-26T09:30:00Z): the time its values hold when its name has no date such as 2025-08-26;"
                        + " without either the time is unknown")
                .body(ImportEndpoints.MULTIPART, ImportEndpoints.UploadForm.class,
                        "a CoinTracking export, a generic CSV or JSON file as the field 'file'; or the generic JSON as the body")
                .body(Json.MEDIA_TYPE, ImportEndpoints.HoldingsJson.class, null)
                .returns(201, ImportJson.class).errors(INVALID_REQUEST, INVALID_IMPORT);

        PortfolioEndpoints portfolio = new PortfolioEndpoints(json, useCases.portfolio());
        routes.get(V1 + "/portfolio", portfolio::current).summary("portfolio", "The current portfolio")
                .query("min_usd", BigDecimal.class, "holdings worth less are left out of the totals (default: the setting)")
                .query("pricing", String.class, "local (the export's values), auto (live sources) or hybrid (default: the setting)")
                .returns(200, PortfolioJson.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/portfolio/prices", portfolio::prices)
                .summary("portfolio", "Each coin's price in the current portfolio, with its source, time and staleness, and the"
                        + " price warnings")
                .query("min_usd", BigDecimal.class, "holdings worth less are left out (default: the setting)")
                .query("pricing", String.class, "local (the export's values), auto (live sources) or hybrid (default: the setting)")
                .returns(200, PricesReport.class).errors(INVALID_REQUEST);

        SnapshotEndpoints snapshots = new SnapshotEndpoints(json, useCases.snapshots());
        routes.get(V1 + "/snapshots", snapshots::list).summary("snapshots", "Every snapshot, newest first")
                .returnsList(SnapshotSummaryJson.class);
        routes.get(V1 + "/snapshots/{id}", snapshots::get).summary("snapshots", "One snapshot with its import report")
                .pathParam("id", Long.class, ID).returns(200, SnapshotJson.class).errors(INVALID_REQUEST, NOT_FOUND);
        routes.get(V1 + "/history", snapshots::history)
                .summary("snapshots", "Every snapshot's total and value by group, oldest first")
                .returns(200, HistoryReport.class);

        TaxonomyEndpoints taxonomy = new TaxonomyEndpoints(json, useCases.taxonomy());
        String symbol = "a ticker, e.g. SOL2";
        routes.get(V1 + "/taxonomy", taxonomy::get).summary("taxonomy", "The groups and every ticker's group")
                .returns(200, TaxonomyReport.class);
        routes.put(V1 + "/taxonomy/aliases/{symbol}", taxonomy::setAlias).summary("taxonomy", "Put a ticker in a group")
                .pathParam("symbol", String.class, symbol).jsonBody(TaxonomyEndpoints.AliasJson.class)
                .returns(200, TaxonomyReport.class).errors(INVALID_REQUEST);
        routes.delete(V1 + "/taxonomy/aliases/{symbol}", taxonomy::removeAlias)
                .summary("taxonomy", "Forget a person's assignment of a ticker").pathParam("symbol", String.class, symbol)
                .returns(200, TaxonomyReport.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/taxonomy/unknown", portfolio::unknownAliases)
                .summary("taxonomy", "The tickers of the current portfolio nothing recognised")
                .returnsList(UnknownAliasLine.class);

        registerTargetsAndPlans(routes, useCases, json);
        registerPrices(routes, useCases, json);
        registerRisk(routes, useCases, json);
        SettingsEndpoints settingsEndpoints = new SettingsEndpoints(json, useCases.settings(), settings);
        routes.get(V1 + "/settings", settingsEndpoints::get).summary("settings", "The settings").returns(200, Settings.class);
        routes.put(V1 + "/settings", settingsEndpoints::update)
                .summary("settings", "Change some or all settings (null puts one back to its default)")
                .jsonBody(Settings.class).returns(200, Settings.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/system", settingsEndpoints::system).summary("settings", "What this installation is")
                .returns(200, SettingsEndpoints.SystemJson.class);
    }

    private static void registerTargetsAndPlans(RouteRegistry routes, UseCases useCases, Json json) {
        TargetEndpoints targets = new TargetEndpoints(json, useCases.targets());
        routes.get(V1 + "/targets", targets::list).summary("targets", "Every target profile").returnsList(TargetProfile.class);
        routes.post(V1 + "/targets", targets::create).summary("targets", "Save a target profile")
                .jsonBody(TargetEndpoints.TargetProfileRequestJson.class).returns(201, TargetProfile.class)
                .errors(INVALID_REQUEST, CONFLICT);
        routes.get(V1 + "/targets/{id}", targets::get).summary("targets", "One target profile")
                .pathParam("id", Long.class, ID).returns(200, TargetProfile.class).errors(INVALID_REQUEST, NOT_FOUND);
        routes.put(V1 + "/targets/{id}", targets::update).summary("targets", "Replace a target profile's name and targets")
                .pathParam("id", Long.class, ID).jsonBody(TargetEndpoints.TargetProfileRequestJson.class)
                .returns(200, TargetProfile.class).errors(INVALID_REQUEST, NOT_FOUND, CONFLICT);
        routes.delete(V1 + "/targets/{id}", targets::delete).summary("targets", "Delete a target profile")
                .pathParam("id", Long.class, ID).returnsNothing().errors(INVALID_REQUEST, NOT_FOUND);

        PlanEndpoints plans = new PlanEndpoints(json, useCases.plans());
        routes.post(V1 + "/plans", plans::create).summary("plans", "Plan a rebalance of the current portfolio and save it"
                        + " (201); the same request on the same portfolio and taxonomy answers the plan saved before (200)")
                .jsonBody(PlanRequestJson.class).returns(201, SavedPlan.class).errors(INVALID_REQUEST, NOT_FOUND);
        routes.get(V1 + "/plans", plans::list).summary("plans", "Every saved plan, newest first")
                .returnsList(PlanSummary.class);
        routes.get(V1 + "/plans/{id}", plans::get).summary("plans", "One saved plan")
                .pathParam("id", Long.class, ID).returns(200, SavedPlan.class).errors(INVALID_REQUEST, NOT_FOUND);
        routes.get(V1 + "/plans/{id}/csv", plans::csv).summary("plans", "A saved plan's actions as CSV")
                .pathParam("id", Long.class, ID).returnsText(PlanEndpoints.CSV).errors(INVALID_REQUEST, NOT_FOUND);
        routes.delete(V1 + "/plans/{id}", plans::delete).summary("plans", "Delete a saved plan")
                .pathParam("id", Long.class, ID).returnsNothing().errors(INVALID_REQUEST, NOT_FOUND);
    }

    private static void registerPrices(RouteRegistry routes, UseCases useCases, Json json) {
        PriceEndpoints prices = new PriceEndpoints(json, useCases.prices(), useCases.portfolio());
        routes.get(V1 + "/prices/now", prices::now)
                .summary("prices", "The live USD price of some coins now, each with its source, its time and whether it is stale")
                .requiredQuery("symbols", String.class, "tickers separated by commas, e.g. BTC,ETH (at most "
                        + PriceEndpoints.MAX_SYMBOLS + ")")
                .query("source", String.class, "ask only this source (e.g. coingecko); default: every source in its order")
                .returns(200, PricesReport.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/prices/sources", prices::sources)
                .summary("prices", "The live price sources in the order they are asked, with how they have answered")
                .returnsList(SourceHealth.class);
        routes.get(V1 + "/prices/history", prices::storedHistory).summary("prices", "The daily history stored, by coin")
                .returnsList(PriceEndpoints.StoredHistoryJson.class);
        routes.get(V1 + "/prices/worth", prices::worth)
                .summary("prices", "What the current holdings would have been worth each day, from the stored daily closes")
                .query("days", Integer.class, "how many days back from yesterday (1 to 3650, default 365)")
                .returns(200, HoldingsWorth.class).errors(INVALID_REQUEST);
        PriceHistoryUploads uploads = new PriceHistoryUploads(json, useCases.prices());
        routes.post(V1 + "/prices/history", uploads::upload)
                .summary("prices", "Store the daily closes of uploaded history files (<SYMBOL>-USD_1d.csv)")
                .body(Uploads.MULTIPART, PriceHistoryUploads.HistoryUploadForm.class,
                        "one or more files named <SYMBOL>-USD_1d.csv (datetime,open,high,low,close,volume) as the field 'file'")
                .returns(200, PriceHistoryUploads.HistoryImportJson.class).errors(INVALID_REQUEST);
        BackfillEndpoints backfill = new BackfillEndpoints(json, useCases.backfills());
        routes.post(V1 + "/prices/backfill", backfill::start)
                .summary("prices", "Start fetching the daily closes the database lacks for the current portfolio's coins"
                        + " (202, followed at Location); 409 while one runs")
                .optionalJsonBody(BackfillEndpoints.BackfillRequestJson.class)
                .returns(202, BackfillEndpoints.BackfillJobJson.class).errors(INVALID_REQUEST, CONFLICT);
        routes.get(V1 + "/prices/backfill", backfill::list)
                .summary("prices", "The newest backfill jobs, newest first, on any server sharing the database (so a running"
                        + " one is first)")
                .query("limit", Integer.class, "how many (1 to " + BackfillJobsUseCase.MAX_LISTED + ", default "
                        + BackfillEndpoints.DEFAULT_LISTED + ")")
                .returnsList(BackfillEndpoints.BackfillJobJson.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/prices/backfill/{id}", backfill::get).summary("prices", "A backfill job and how far it got")
                .pathParam("id", Long.class, ID).returns(200, BackfillEndpoints.BackfillJobJson.class)
                .errors(INVALID_REQUEST, NOT_FOUND);
    }

    private static void registerRisk(RouteRegistry routes, UseCases useCases, Json json) {
        RiskEndpoints risk = new RiskEndpoints(json, useCases.risk(), useCases.stress(), useCases.backtests());
        routes.get(V1 + "/risk", risk::risk)
                .summary("risk", "The current portfolio's risk from the stored daily closes: both views' figures (VaR, CVaR,"
                        + " volatility, Sharpe, Sortino, drawdown, CAGR, beta vs BTC), the share of value they cover,"
                        + " correlations, risk contributions, concentration")
                .query("window_days", Integer.class, "how many daily returns the window spans, 2 to 3650 (default 365)")
                .query("end", LocalDate.class, "the window's last day, YYYY-MM-DD (default: the latest stored close of"
                        + " the portfolio's coins)")
                .query("risk_free_rate", BigDecimal.class, "annual, as a fraction: 0.04 for 4 % (default 0)")
                .returns(200, RiskView.class).errors(INVALID_REQUEST);
        routes.get(V1 + "/stress/episodes", risk::episodes)
                .summary("risk", "The historical crashes a stress test replays, oldest first")
                .returnsList(StressView.Episode.class);
        routes.post(V1 + "/stress", risk::stress)
                .summary("risk", "Replay historical crashes on the current portfolio and apply imagined shocks"
                        + " (no body: every episode, no shock)")
                .optionalJsonBody(StressRequestJson.class).returns(200, StressView.class).errors(INVALID_REQUEST);
        routes.post(V1 + "/backtests", risk::backtest)
                .summary("risk", "Backtest target allocations on the stored daily closes, several rebalancing strategies"
                        + " side by side, with each equity curve's risk figures")
                .jsonBody(BacktestRequestJson.class).returns(200, BacktestView.class).errors(INVALID_REQUEST);
        SuggestEndpoints suggest = new SuggestEndpoints(json, useCases.suggest());
        routes.post(V1 + "/suggestions", suggest::suggest)
                .summary("risk", "Suggest targets for the current portfolio's groups (or coins) from the stored daily closes:"
                        + " minimum variance, risk parity or maximum Sharpe on a Ledoit-Wolf covariance, within floors and caps")
                .jsonBody(SuggestRequestJson.class).returns(200, SuggestionView.class).errors(INVALID_REQUEST);
        routes.post(V1 + "/suggestions/profiles", suggest::saveAsProfile)
                .summary("risk", "Make a suggestion by group (the same body, with a name) and save it as a target profile")
                .jsonBody(SuggestRequestJson.class).returns(201, TargetProfile.class).errors(INVALID_REQUEST);
    }

    /** The documentation routes; their document is published once every route is known. */
    static void registerDocs(RouteRegistry routes, ApiDocs docs) {
        routes.get(ApiDocs.OPENAPI_PATH, docs::openApi).summary("docs", "This OpenAPI document").returns(200, Object.class);
        routes.get(ApiDocs.DOCS_PATH, docs::page).summary("docs", "Swagger UI").returnsText("text/html");
        routes.get(ApiDocs.INITIALIZER_PATH, docs::initializer).summary("docs", "The script that starts Swagger UI")
                .returnsText("text/javascript");
    }
}
