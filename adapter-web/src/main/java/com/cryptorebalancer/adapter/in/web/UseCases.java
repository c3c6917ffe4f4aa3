package com.cryptorebalancer.adapter.in.web;

import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.in.BacktestUseCase;
import com.cryptorebalancer.application.port.in.CurrentPortfolioUseCase;
import com.cryptorebalancer.application.port.in.ImportSnapshotUseCase;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.in.RiskUseCase;
import com.cryptorebalancer.application.port.in.SavedPlansUseCase;
import com.cryptorebalancer.application.port.in.SettingsUseCase;
import com.cryptorebalancer.application.port.in.SnapshotsUseCase;
import com.cryptorebalancer.application.port.in.StressUseCase;
import com.cryptorebalancer.application.port.in.SuggestUseCase;
import com.cryptorebalancer.application.port.in.TargetProfilesUseCase;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the API calls.
 *
 * @param readinessProblem why the server cannot serve yet (e.g. the database does not answer), or null when ready
 */
public record UseCases(ImportSnapshotUseCase imports, CurrentPortfolioUseCase portfolio, SnapshotsUseCase snapshots,
                       ManageTaxonomyUseCase taxonomy, TargetProfilesUseCase targets, SavedPlansUseCase plans,
                       SettingsUseCase settings, MarketPricesUseCase prices, BackfillJobsUseCase backfills,
                       RiskUseCase risk, StressUseCase stress,
                       BacktestUseCase backtests, SuggestUseCase suggest, Supplier<String> readinessProblem) {

    public UseCases {
        Objects.requireNonNull(imports, "the API needs the import use case");
        Objects.requireNonNull(portfolio, "the API needs the current portfolio use case");
        Objects.requireNonNull(snapshots, "the API needs the snapshots use case");
        Objects.requireNonNull(taxonomy, "the API needs the taxonomy use case");
        Objects.requireNonNull(targets, "the API needs the target profiles use case");
        Objects.requireNonNull(plans, "the API needs the saved plans use case");
        Objects.requireNonNull(settings, "the API needs the settings use case");
        Objects.requireNonNull(prices, "the API needs the market prices use case");
        Objects.requireNonNull(backfills, "the API needs the backfill jobs use case");
        Objects.requireNonNull(risk, "the API needs the risk use case");
        Objects.requireNonNull(stress, "the API needs the stress use case");
        Objects.requireNonNull(backtests, "the API needs the backtest use case");
        Objects.requireNonNull(suggest, "the API needs the target suggestions use case");
        Objects.requireNonNull(readinessProblem, "the API needs a readiness check");
    }
}
