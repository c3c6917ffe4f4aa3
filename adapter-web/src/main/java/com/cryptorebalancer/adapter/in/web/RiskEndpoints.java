package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.BacktestCommand;
import com.cryptorebalancer.application.port.in.BacktestUseCase;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.RiskQuery;
import com.cryptorebalancer.application.port.in.RiskUseCase;
import com.cryptorebalancer.application.port.in.StressUseCase;
import com.cryptorebalancer.application.report.BacktestView;
import com.cryptorebalancer.application.report.RiskView;
import com.cryptorebalancer.application.report.StressView;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The risk the current portfolio carries, what past crashes and imagined shocks would do to it, and how target
 * allocations would have fared: all from the stored daily closes, as raw numbers (losses negative) under the
 * names of risk-conventions.md.
 */
final class RiskEndpoints {

    private final Json json;
    private final RiskUseCase risk;
    private final StressUseCase stress;
    private final BacktestUseCase backtests;

    RiskEndpoints(Json json, RiskUseCase risk, StressUseCase stress, BacktestUseCase backtests) {
        this.json = json;
        this.risk = risk;
        this.stress = stress;
        this.backtests = backtests;
    }

    /** {@code window_days} (default 365), {@code end} (default the latest stored close), {@code risk_free_rate} (default 0). */
    void risk(Context ctx) {
        Integer windowDays = Params.integer(ctx, "window_days");
        LocalDate end = Params.day(ctx.queryParam("end"), "end");
        BigDecimal rate = Params.decimal(ctx, "risk_free_rate");
        RiskQuery query = RiskQuery.of(windowDays, end, rate == null ? null : rate.doubleValue());
        json.write(ctx, 200, RiskView.of(risk.risk(query)));
    }

    void episodes(Context ctx) {
        json.write(ctx, 200, stress.episodes().stream().map(StressView.Episode::of).toList());
    }

    /** The body may be left out: every episode, no shock, the setting's dust limit. */
    void stress(Context ctx) {
        StressRequestJson request = ctx.bodyAsBytes().length == 0 ? StressRequestJson.NONE
                : json.read(ctx, StressRequestJson.class);
        json.write(ctx, 200, StressView.of(stress.stress(request.toCommand())));
    }

    void backtest(Context ctx) {
        BacktestRequestJson request = json.read(ctx, BacktestRequestJson.class);
        try {
            BacktestCommand command = request.toCommand();
            json.write(ctx, 200, BacktestView.of(backtests.backtest(command)));
        } catch (InvalidCommandException e) {
            throw request.byCoinOnly() && "targets".equals(e.field())
                    // the use case names its targets "targets" either way; this request sent them as coin_targets
                    ? new InvalidCommandException("coin_targets", e.getMessage(), e) : e;
        }
    }
}
