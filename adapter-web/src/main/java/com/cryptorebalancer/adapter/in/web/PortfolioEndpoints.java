package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.pricing.Pricing;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.application.report.UnknownAliasLine;
import io.javalin.http.Context;

/** The current portfolio and its unknown coins. */
final class PortfolioEndpoints {

    private final Json json;
    private final CurrentPortfolioUseCase portfolio;

    PortfolioEndpoints(Json json, CurrentPortfolioUseCase portfolio) {
        this.json = json;
        this.portfolio = portfolio;
    }

    void current(Context ctx) {
        json.write(ctx, 200, PortfolioJson.of(portfolio.current(Params.decimal(ctx, "min_usd"), ctx.queryParam("pricing"))));
    }

    /** Each coin's price in the current portfolio with its source, time and staleness, under the pricing asked. */
    void prices(Context ctx) {
        Pricing pricing = portfolio.current(Params.decimal(ctx, "min_usd"), ctx.queryParam("pricing")).view().pricing();
        if (pricing == null) {
            throw new InvalidCommandException("pricing", "this server values holdings by the export's own values only:"
                    + " each holding's price_source and price_time say so");
        }
        json.write(ctx, 200, PricesReport.of(pricing));
    }

    void unknownAliases(Context ctx) {
        json.write(ctx, 200, portfolio.current(null).portfolio().unknownAliases().stream()
                .map(UnknownAliasLine::of).toList());
    }
}
