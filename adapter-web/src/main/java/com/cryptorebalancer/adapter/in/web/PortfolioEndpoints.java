package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
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

    void unknownAliases(Context ctx) {
        json.write(ctx, 200, portfolio.current(null).portfolio().unknownAliases().stream()
                .map(UnknownAliasLine::of).toList());
    }
}
