package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.BacktestCommand;
import com.cryptorebalancer.application.report.BacktestView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer backtest}: rebalancing strategies replayed on the stored daily history, side by side. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays rebalancing strategies for a target allocation on the daily closes stored in the database: "
                + "buy-and-hold, calendar (weekly, monthly, quarterly: on the first close of each new period), bands "
                + "(bands:5pp = a coin more than 5 percentage points from its target goes back to it; bands:25% = more than "
                + "25 % of its target) and calendar with a band (monthly+bands:5pp); with fees, a spread and a minimum "
                + "trade. Targets by group are split over the holdings' coins of each group that have history (the files "
                + "given, or the demo portfolio), by their value today. The same inputs always give the same figures."})
final class BacktestsCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @Option(names = "--targets", paramLabel = "GROUP=PCT,...", converter = InlineTargets.Converter.class,
            description = "Targets in percent by group, adding up to 100, e.g. \"BTC=60,ETH=40\".")
    InlineTargets targets;

    @Option(names = "--coin-targets", paramLabel = "COIN=PCT,...", converter = InlineTargets.Converter.class,
            description = "Targets in percent by coin instead, e.g. \"BTC=50,ETH=30,SOL=20\".")
    InlineTargets coinTargets;

    @Option(names = "--strategy", paramLabel = "CODES", split = ",",
            description = "Strategies to compare, comma-separated (default buy-and-hold,monthly,quarterly,bands:5pp).")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Day.class,
            description = "First day (default: the first day every coin needed has history).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Day.class,
            description = "Last day (default: the last day every coin needed has history).")
    LocalDate to;

    @Option(names = "--fee-bps", paramLabel = "N", description = "Fee in basis points of each trade (default 0).")
    BigDecimal feeBps;

    @Option(names = "--spread-bps", paramLabel = "N", description = "Bid-ask spread in basis points, half paid per trade (default 0).")
    BigDecimal spreadBps;

    @Option(names = "--min-trade", paramLabel = "USD", converter = Converters.Usd.class,
            description = "Trades smaller than this are skipped and counted (default 0).")
    BigDecimal minTradeUsd;

    @Option(names = "--capital", paramLabel = "USD", converter = Converters.Usd.class, description = "Starting capital (default 10000).")
    BigDecimal capitalUsd;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.ViewConverter.class, description = "table or json.")
    Format.View format = Format.View.TABLE;

    BacktestsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        BacktestCommand command = new BacktestCommand(percents(targets), percents(coinTargets),
                strategies.isEmpty() ? null : strategies, from, to, feeBps, spreadBps, minTradeUsd, capitalUsd);
        wiring.openDatabaseInBackground();
        BacktestView view = BacktestView.of(wiring.backtest(new InputPortfolio(wiring.showPortfolio(), inputs)).backtest(command));
        if (format == Format.View.JSON) {
            Output.emit(spec, Json.write(view), null, inputs.notes());
        } else {
            Output.emit(spec, render(view, inputs.describe()), null, List.of());
        }
        return RebalancerCli.EXIT_OK;
    }

    private static Map<String, BigDecimal> percents(InlineTargets targets) {
        return targets == null ? null : targets.percents();
    }

    static String render(BacktestView view, String inputs) {
        BacktestView.Setup setup = view.setup();
        StringBuilder text = new StringBuilder("Backtest\n")
                .append("  inputs:  ").append(inputs).append('\n')
                .append("  window:  ").append(view.first()).append(" to ").append(view.last()).append(", ")
                .append(setup.days()).append(" daily closes, ").append(view.periodsPerYear()).append(" periods a year\n")
                .append("  costs:   fee ").append(setup.feeBps()).append(" bps, spread ").append(setup.spreadBps())
                .append(" bps (half per trade), minimum trade ").append(Cells.usd(setup.minTradeUsd()))
                .append(" USD; starting capital ").append(Cells.usd(setup.startingCapitalUsd())).append(" USD\n")
                .append("  targets: ");
        view.targets().forEach(t -> text.append(t.coin()).append(' ').append(Cells.fraction(t.weight()))
                .append(t.group() == null ? "" : " (" + t.group() + ")").append("; "));
        text.setLength(text.length() - 2);
        text.append('\n');
        view.warnings().forEach(w -> text.append("  ! ").append(w).append('\n'));
        TextTable table = TextTable.of("STRATEGY", ">FINAL USD", ">TOTAL RETURN", ">CAGR", ">VOLATILITY", ">SHARPE",
                ">MAX DRAWDOWN", ">TURNOVER", ">TRADES", ">FEES USD", ">SPREAD USD", ">SKIPPED");
        view.strategies().forEach(s -> table.row(s.strategy(), Cells.usd(s.finalValueUsd()), Cells.fraction(s.totalReturn()),
                Cells.fraction(s.risk().cagr()), Cells.fraction(s.risk().annualisedVolatility()),
                Cells.ratio(s.risk().sharpe()), Cells.fraction(s.risk().maxDrawdown()),
                String.format(Locale.ROOT, "%.2f", s.turnover()), s.trades(), Cells.usd(s.feesPaidUsd()),
                Cells.usd(s.spreadCostUsd()), s.skippedTrades()));
        text.append('\n').append(table.render("  "));
        text.append("\nVolatility and Sharpe from the daily returns of each equity curve (365 periods a year); turnover is the"
                + " notional traded after the first purchase, halved, over the average equity.\n");
        return text.toString();
    }
}
