package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.StressCommand;
import com.cryptorebalancer.application.report.StressView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer stress}: the holdings through past crashes (stored closes) and imagined shocks. */
@Command(name = "stress", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays past crashes on the holdings (the files given, or the demo portfolio) at today's values, "
                + "from the daily closes stored in the database: the 2018 bear market (bear-2018), March 2020 (covid-2020), "
                + "May 2021 (may-2021), Terra/LUNA (terra-2022) and FTX (ftx-2022), each from BTC's close before the fall "
                + "to its lowest close; and shocks of your own, by group or coin."})
final class StressTestsCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @Option(names = "--episode", paramLabel = "ID", description = "An episode to replay; repeat for several (default: all five).")
    List<String> episodes = new ArrayList<>();

    @Option(names = "--shock", paramLabel = "NAME=PCT",
            description = {"A move of a group or coin, e.g. Memecoins=-60% or BTC=-30% (a group name is the group; "
                    + "coin:BTC=-30% is the coin alone); repeat for several. A coin's shock overrides its group's."})
    List<String> shocks = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.ViewConverter.class, description = "table or json.")
    Format.View format = Format.View.TABLE;

    StressTestsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        StressCommand command = new StressCommand(episodes, shocks, inputs.minUsd);
        wiring.openDatabaseInBackground();
        StressView view = StressView.of(wiring.stress(new InputPortfolio(wiring.showPortfolio(), inputs)).stress(command));
        if (format == Format.View.JSON) {
            Output.emit(spec, Json.write(view), null, inputs.notes());
        } else {
            Output.emit(spec, render(view, inputs.describe()), null, List.of());
        }
        return RebalancerCli.EXIT_OK;
    }

    static String render(StressView view, String inputs) {
        StringBuilder text = new StringBuilder("Stress tests\n")
                .append("  inputs:    ").append(inputs).append('\n')
                .append("  portfolio: ").append(Cells.usd(view.totalValueUsd())).append(" USD today\n\n");
        if (!view.episodes().isEmpty()) {
            text.append("Past episodes on today's holdings (change = Σ weight x the coin's move, over the coins with both closes):\n");
            TextTable table = TextTable.of("EPISODE", "FROM", "TO", ">CHANGE", ">VALUE COVERED", "WORST GROUPS");
            view.episodes().forEach(e -> table.row(e.name(), e.start(), e.end(), Cells.fraction(e.portfolioChange()),
                    Cells.fraction(e.coveredShare()), e.groups().stream().limit(3)
                            .map(g -> g.group() + " " + Cells.fraction(g.change())).collect(Collectors.joining(", "))));
            text.append(table.render("  "));
            view.episodes().stream().filter(e -> e.note() != null && !e.note().isBlank())
                    .forEach(e -> text.append("  ").append(e.name()).append(": ").append(e.note()).append('\n'));
        }
        StressView.ShockLines shocks = view.shocks();
        if (shocks != null) {
            text.append('\n').append("Shocks ").append(shocks.shocks().stream()
                            .map(s -> s.target() + " " + String.format(Locale.ROOT, "%+.2f %%", 100 * s.change()))
                            .collect(Collectors.joining(", ")))
                    .append(": ").append(Cells.usd(shocks.changeUsd())).append(" USD (")
                    .append(Cells.fraction(shocks.change())).append(")\n");
            TextTable groups = TextTable.of("GROUP", ">VALUE USD", ">CHANGE USD", ">CHANGE");
            shocks.groups().forEach(g -> groups.row(g.group(), Cells.usd(g.valueUsd()), Cells.usd(g.changeUsd()),
                    Cells.fraction(g.change())));
            text.append(groups.render("  "));
            if (!shocks.unmatched().isEmpty()) {
                text.append("  moved nothing: ").append(String.join(", ", shocks.unmatched())).append('\n');
            }
        }
        return text.toString();
    }
}
