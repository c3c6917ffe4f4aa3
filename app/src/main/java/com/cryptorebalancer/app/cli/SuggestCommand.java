package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.SuggestQuery;
import com.cryptorebalancer.application.port.in.SuggestUseCase;
import com.cryptorebalancer.application.port.out.TargetProfile;
import com.cryptorebalancer.application.report.SuggestionView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer suggest}: target weights proposed from the stored daily history. */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Proposes targets for the groups (or coins) of the holdings (the files given, or the demo portfolio) "
                + "from the daily closes stored in the database: minimum variance, equal risk contributions (risk parity), "
                + "or maximum Sharpe on a Ledoit-Wolf shrunk covariance; with floors and caps. Shows the expected "
                + "volatility against today's and the change from today; --save-as keeps it as a target profile."})
final class SuggestCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "min-variance, risk-parity or max-sharpe.")
    String method;

    @Option(names = "--level", paramLabel = "LEVEL", description = "groups (the default) or coins.")
    String level;

    @Option(names = "--window-days", paramLabel = "N", description = "How many daily returns: 7 to 3650 (default 365).")
    Integer windowDays;

    @Option(names = "--end", paramLabel = "DATE", converter = Converters.Day.class,
            description = "The window's last day, YYYY-MM-DD (default: the latest stored close of the portfolio's coins).")
    LocalDate end;

    @Option(names = "--floor", paramLabel = "NAME=PCT,...", converter = InlineTargets.Converter.class,
            description = "Lowest weights in percent, e.g. Stablecoins=10; comma-separated or repeated.")
    List<InlineTargets> floors = new ArrayList<>();

    @Option(names = "--cap", paramLabel = "NAME=PCT,...", converter = InlineTargets.Converter.class,
            description = "Highest weights in percent, e.g. Memecoins=5; comma-separated or repeated.")
    List<InlineTargets> caps = new ArrayList<>();

    @Option(names = "--covariance", paramLabel = "ESTIMATOR",
            description = "sample, ledoit-wolf-constant-correlation or ledoit-wolf-scaled-identity (default: the method's).")
    String covariance;

    @Option(names = "--risk-free", paramLabel = "PCT", description = "The annual risk-free rate in percent, for max-sharpe (default 0).")
    BigDecimal riskFreePercent;

    @Option(names = "--save-as", paramLabel = "NAME", description = "Also save the suggestion (groups only) as a target profile.")
    String saveAs;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.ViewConverter.class, description = "table or json.")
    Format.View format = Format.View.TABLE;

    SuggestCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        SuggestQuery query = SuggestQuery.parse(method, level, windowDays, end, percents(floors, "floor"), percents(caps, "cap"),
                covariance, riskFreePercent);
        wiring.openDatabaseInBackground();
        SuggestUseCase suggestions = wiring.suggest(new InputPortfolio(wiring.showPortfolio(), inputs));
        SuggestionView view = SuggestionView.of(suggestions.suggest(query));
        List<String> notes = new ArrayList<>(inputs.notes());
        String saved = "";
        if (saveAs != null) {
            TargetProfile profile = suggestions.saveAsProfile(saveAs, query);
            saved = "\nSaved as target profile #" + profile.id() + " \"" + profile.name() + "\".\n";
            notes.add("saved as target profile #" + profile.id() + " \"" + profile.name() + "\"");
        }
        if (format == Format.View.JSON) {
            Output.emit(spec, Json.write(view), null, notes);
        } else {
            Output.emit(spec, render(view, inputs.describe()) + saved, null, List.of());
        }
        return RebalancerCli.EXIT_OK;
    }

    static String render(SuggestionView view, String inputs) {
        StringBuilder text = new StringBuilder("Suggested targets (").append(view.method()).append(", by ")
                .append(view.level()).append(")\n")
                .append("  inputs:     ").append(inputs).append('\n')
                .append("  window:     ").append(view.windowStart()).append(" to ").append(view.windowEnd()).append(", ")
                .append(view.observations()).append(" daily returns, ").append(view.periodsPerYear()).append(" periods a year\n")
                .append("  covariance: ").append(view.covariance())
                .append(view.shrinkage() == null ? "" : String.format(Locale.ROOT, " (shrinkage %.3f)", view.shrinkage()))
                .append('\n')
                .append("  covers:     ").append(view.coveredPercent()).append(" % of the portfolio's ")
                .append(Cells.usd(view.totalUsd())).append(" USD\n")
                .append("  volatility: ").append(Cells.fraction(view.expectedVolatility())).append(" a year, against ")
                .append(Cells.fraction(view.currentVolatility())).append(" for today's weights (same covariance)\n");
        if (view.expectedReturn() != null) {
            text.append("  expected:   return ").append(Cells.fraction(view.expectedReturn())).append(" a year, Sharpe ")
                    .append(Cells.ratio(view.sharpe())).append(" (sample means; history is no promise)\n");
        }
        TextTable table = TextTable.of("NAME", ">TODAY %", ">SUGGESTED %", ">TARGET %", ">CHANGE PP", ">RISK SHARE NOW",
                ">RISK SHARE", "BOUND");
        view.weights().forEach(w -> table.row(w.name(), pct(w.currentWeight()), pct(w.weight()),
                view.targets().get(w.name()).toPlainString(), String.format(Locale.ROOT, "%+.2f", w.changePoints()),
                pct(w.currentRiskContribution()), pct(w.riskContribution()), "none".equals(w.binding()) ? "" : w.binding()));
        text.append('\n').append(table.render("  "));
        if (!view.leftOut().isEmpty()) {
            text.append('\n').append("Left out:\n");
            view.leftOut().forEach(l -> text.append("  ").append(l.name()).append(" (").append(l.kind()).append(", ")
                    .append(Cells.usd(l.valueUsd())).append(" USD): ").append(l.reason()).append('\n'));
        }
        if (!view.notes().isEmpty()) {
            text.append('\n').append("Notes:\n");
            view.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        }
        return text.toString();
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }

    /** The bounds of every --floor (or --cap) given, as one map; a name bounded twice (in any case) is refused. */
    private static Map<String, BigDecimal> percents(List<InlineTargets> given, String option) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (InlineTargets bounds : given) {
            bounds.percents().forEach((name, percent) -> {
                percents.put(name, percent);
                if (!named.add(name)) {
                    throw new InvalidCommandException(option + "s", "--" + option + " names " + name + " twice");
                }
            });
        }
        return percents;
    }
}
