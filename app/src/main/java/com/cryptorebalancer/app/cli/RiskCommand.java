package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.RiskQuery;
import com.cryptorebalancer.application.report.RiskView;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer risk}: the portfolio's risk figures from the daily history in the database. */
@Command(name = "risk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Risk figures of the holdings (the files given, or the demo portfolio) from the daily closes stored "
                + "in the database ('rebalancer prices import' or 'backfill'), as the project's risk conventions define them: "
                + "daily simple returns, 365 periods a year, 1-day VaR; two views, today's weights held fixed and "
                + "today's holdings bought and held. Coins without enough history are left out and the share of value "
                + "covered is said."})
final class RiskCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @Option(names = "--window-days", paramLabel = "N", description = "How many daily returns: 2 to 3650 (default 365).")
    Integer windowDays;

    @Option(names = "--end", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The window's last day, YYYY-MM-DD (default: the latest stored close of the portfolio's coins).")
    LocalDate end;

    @Option(names = "--risk-free", paramLabel = "RATE",
            description = "The annual risk-free rate as a fraction, e.g. 0.04 (default 0).")
    Double riskFree;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.ViewConverter.class, description = "table or json.")
    Format.View format = Format.View.TABLE;

    RiskCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        RiskQuery query = RiskQuery.of(windowDays, end, riskFree);
        wiring.openDatabaseInBackground(); // the history is there; meanwhile the files are read
        RiskView view = RiskView.of(wiring.risk(new InputPortfolio(wiring.showPortfolio(), inputs)).risk(query));
        if (format == Format.View.JSON) {
            Output.emit(spec, Json.write(view), null, inputs.notes());
        } else {
            Output.emit(spec, render(view, inputs.describe()), null, List.of());
        }
        return RebalancerCli.EXIT_OK;
    }

    static String render(RiskView view, String inputs) {
        StringBuilder text = new StringBuilder("Risk of the portfolio\n")
                .append("  inputs:   ").append(inputs).append('\n')
                .append("  window:   ").append(view.windowStart()).append(" to ").append(view.windowEnd())
                .append(", daily simple returns, ").append(view.periodsPerYear()).append(" periods a year, VaR over ")
                .append(view.horizonDays()).append(" day, risk-free rate ").append(Cells.fraction(view.riskFreeRate())).append('\n')
                .append("  coverage: ").append(view.coverage().note()).append('\n');
        if (!view.coverage().withoutHistory().isEmpty()) {
            text.append("            without history: ").append(names(view.coverage().withoutHistory())).append('\n');
        }
        if (!view.coverage().shortHistory().isEmpty()) {
            text.append("            short history: ").append(names(view.coverage().shortHistory().stream()
                    .map(s -> s.coin() + " (" + s.days() + " days)").toList())).append('\n');
        }
        if (view.coverage().covered().isEmpty()) {
            return text.append("\nNo figures: 'rebalancer prices import PATH' or 'rebalancer prices backfill' stores the history.\n")
                    .toString();
        }
        RiskView.Figures fixed = view.fixedWeights();
        RiskView.Figures held = view.buyAndHold();
        text.append('\n').append("Figures (losses negative; \"-\" when a figure cannot be computed, reasons below):\n");
        TextTable table = TextTable.of("FIGURE", ">FIXED WEIGHTS", ">BUY AND HOLD");
        row(table, "observations (daily returns)", fixed, held, f -> (double) f.observations(), v -> String.valueOf(v.intValue()));
        row(table, "annualised volatility", fixed, held, RiskView.Figures::annualisedVolatility, Cells::fraction);
        row(table, "Sharpe", fixed, held, RiskView.Figures::sharpe, Cells::ratio);
        row(table, "Sortino", fixed, held, RiskView.Figures::sortino, Cells::ratio);
        row(table, "max drawdown", fixed, held, RiskView.Figures::maxDrawdown, Cells::fraction);
        table.row("  peak / trough", span(fixed), span(held));
        table.row("  recovered", recovery(fixed), recovery(held));
        row(table, "CAGR", fixed, held, RiskView.Figures::cagr, Cells::fraction);
        row(table, "Calmar", fixed, held, RiskView.Figures::calmar, Cells::ratio);
        row(table, "1-day VaR 95 %, historical", fixed, held, RiskView.Figures::var_95_hist, Cells::fraction);
        row(table, "1-day VaR 95 %, Gaussian", fixed, held, RiskView.Figures::var_95_gaussian, Cells::fraction);
        row(table, "1-day VaR 95 %, Cornish-Fisher", fixed, held, RiskView.Figures::var_95_cornish_fisher, Cells::fraction);
        row(table, "1-day CVaR 95 %, historical", fixed, held, RiskView.Figures::cvar_95_hist, Cells::fraction);
        row(table, "1-day VaR 99 %, historical", fixed, held, RiskView.Figures::var_99_hist, Cells::fraction);
        row(table, "1-day VaR 99 %, Gaussian", fixed, held, RiskView.Figures::var_99_gaussian, Cells::fraction);
        row(table, "1-day VaR 99 %, Cornish-Fisher", fixed, held, RiskView.Figures::var_99_cornish_fisher, Cells::fraction);
        row(table, "1-day CVaR 99 %, historical", fixed, held, RiskView.Figures::cvar_99_hist, Cells::fraction);
        row(table, "skewness (G1)", fixed, held, RiskView.Figures::skewness, Cells::ratio);
        row(table, "excess kurtosis (G2)", fixed, held, RiskView.Figures::excessKurtosis, Cells::ratio);
        row(table, "beta vs BTC", fixed, held, RiskView.Figures::betaVsBtc, Cells::ratio);
        text.append(table.render("  "));
        undefined(text, "fixed weights", fixed);
        undefined(text, "buy and hold", held);

        text.append('\n').append("Share of risk by group (w_i (Σw)_i / wᵀΣw, sample covariance):\n");
        TextTable groups = TextTable.of("GROUP", ">WEIGHT", ">SHARE OF RISK");
        view.riskContributions().groups().forEach(g -> groups.row(g.group(), Cells.fraction(g.weight()), Cells.fraction(g.share())));
        text.append(groups.render("  "));
        RiskView.ConcentrationLine concentration = view.concentration();
        text.append('\n').append("Concentration of the ").append(concentration.holdings()).append(" coins: Herfindahl ")
                .append(Cells.ratio(concentration.herfindahl())).append(", largest ").append(Cells.fraction(concentration.top_1_share()))
                .append(", largest 5 ").append(Cells.fraction(concentration.top_5_share())).append('\n');
        return text.toString();
    }

    private static void row(TextTable table, String name, RiskView.Figures fixed, RiskView.Figures held,
                            Function<RiskView.Figures, Double> figure, Function<Double, String> shown) {
        table.row(name, cell(figure.apply(fixed), shown), cell(figure.apply(held), shown));
    }

    private static String cell(Double value, Function<Double, String> shown) {
        return value == null ? "-" : shown.apply(value);
    }

    private static String span(RiskView.Figures figures) {
        return figures.maxDrawdownPeak() == null ? "-" : figures.maxDrawdownPeak() + " / " + figures.maxDrawdownTrough();
    }

    private static String recovery(RiskView.Figures figures) {
        if (figures.maxDrawdownPeak() == null) {
            return "-";
        }
        return (figures.maxDrawdownRecovery() == null ? "not by " + figures.windowEnd() : figures.maxDrawdownRecovery().toString())
                + " (" + figures.maxDrawdownDays() + " days)";
    }

    private static void undefined(StringBuilder text, String viewName, RiskView.Figures figures) {
        figures.undefined().forEach((name, why) -> text.append("  ").append(viewName).append(", ").append(name)
                .append(": ").append(why).append('\n'));
    }

    private static String names(List<String> names) {
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
    }
}
