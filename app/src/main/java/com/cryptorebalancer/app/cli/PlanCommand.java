package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.report.PlanCsv;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.PlanRebalanceCommand;
import com.cryptorebalancer.application.port.in.PlanResult;
import com.cryptorebalancer.application.report.PlanReport;
import com.cryptorebalancer.domain.rebalancing.Band;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import com.cryptorebalancer.domain.rebalancing.RebalanceMode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer plan}: which coins to sell and buy, where, to reach the targets. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"Plans which coins to sell and buy, and where, to bring the holdings to their target "
                + "allocation by group. Prices are the ones implied by the imported values (\"local\" pricing)."},
        footer = {"", "Targets: --target, else --targets FILE, else <data dir>/targets.json, else the built-in default profile "
                + "BTC 35, ETH 20, Stablecoins 10, SOL 8, L1/L0 majors 10, L2/Scaling 4, DeFi 5, AI/Data 3, Gaming/NFT 2, "
                + "Memecoins 2, Others 1.",
                "", "Examples:",
                "  rebalancer plan --input export.csv --target \"BTC=50,ETH=30,Stablecoins=20\"",
                "  rebalancer plan --mode bands --band 20%% --to edge",
                "  rebalancer plan --mode buy-only --cash 5000 --primary \"SOL=SOL:3,JITOSOL\"",
                "  rebalancer plan --format csv --output plan.csv"})
final class PlanCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @ArgGroup(exclusive = true)
    Targets.Choice targets;

    @Option(names = "--mode", paramLabel = "MODE", converter = Converters.Mode.class, showDefaultValue = Visibility.NEVER,
            description = "full (sell and buy to target; the default), buy-only (deploy --cash, never sell) or bands "
                    + "(trade only the groups outside --band).")
    RebalanceMode mode = RebalanceMode.FULL;

    @Option(names = "--pricing", paramLabel = "PRICING", converter = Converters.Pricing.class, showDefaultValue = Visibility.NEVER,
            description = "local (the export's own values; the default, works offline), auto (live prices from the "
                    + "configured sources, in order) or hybrid (the export's values, live ones where the export is older "
                    + "than a day or has no value).")
    PricingMode pricing = PricingMode.LOCAL;

    @Option(names = "--cash", paramLabel = "USD", converter = Converters.Usd.class, description = "New cash to deploy, in USD.")
    BigDecimal cash = BigDecimal.ZERO;

    @Option(names = "--band", paramLabel = "WIDTH", converter = BandWidth.Converter.class, showDefaultValue = Visibility.NEVER,
            description = "Bands mode: 5 means 5 percentage points around each target; 20%% means 20 %% of each group's target.")
    BandWidth band;

    @Option(names = "--to", paramLabel = "target|edge", converter = Converters.Goal.class, showDefaultValue = Visibility.NEVER,
            description = "Bands mode: bring an out-of-band group back to its target (default) or only to the band's edge.")
    Band.Goal to;

    @Option(names = "--min-trade", paramLabel = "USD", converter = Converters.Usd.class,
            description = "Trades smaller than this are not proposed (reported as skipped).")
    BigDecimal minTrade = PlanOptions.DEFAULT_MIN_TRADE.value();

    @Option(names = "--primary", paramLabel = "GROUP=COIN[:W],...", converter = PrimarySpec.Converter.class,
            showDefaultValue = Visibility.NEVER,
            description = "Coins that receive a group's buys, with relative weights (default 1); repeat for several groups.")
    List<PrimarySpec> primaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, description = "table, json or csv.")
    Format format = Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", showDefaultValue = Visibility.NEVER,
            description = "Write to this file instead of stdout.")
    Path output;

    PlanCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        wiring.openDatabaseInBackground(); // the taxonomy changes are in it; meanwhile the files are read
        Targets chosen = Targets.choose(targets, wiring.targetsFile());
        if (to != null && mode != RebalanceMode.BANDS) {
            throw new InvalidCommandException("to",
                    "--to applies only in bands mode (--mode bands --band WIDTH); the mode is " + mode.code());
        }
        Band tolerance = band == null ? null : band.toBand(to == null ? Band.Goal.TARGET : to);
        if (format == Format.JSON) {
            Json.prepareInBackground(PlanReport.class);
        }
        PlanReport report = PlanReport.of(plan(chosen, () -> new PlanRebalanceCommand(inputs.sources(), inputs.lenient,
                chosen.percents(), mode, cash, inputs.minUsd, minTrade, tolerance, PrimarySpec.byGroup(primaries), pricing)));
        List<String> notes = new ArrayList<>();
        Output.Rendering text = switch (format) {
            case TABLE -> rendered(PlanTable.render(report, inputs.describe(), chosen.source()));
            case JSON -> Json.rendering(report);
            case CSV -> rendered(PlanCsv.write(report));
        };
        if (format != Format.TABLE) {
            notes.addAll(inputs.notes());
            if (chosen.implicit()) {
                notes.add("targets: " + chosen.source());
            }
        }
        Output.emit(spec, text, output, notes);
        return RebalancerCli.EXIT_OK;
    }

    private static Output.Rendering rendered(String text) {
        return out -> out.write(text);
    }

    /** Targets a person did not name are said to be from where they came, so the error can be fixed there. */
    private PlanResult plan(Targets chosen, Supplier<PlanRebalanceCommand> command) {
        try {
            return wiring.planRebalance().plan(command.get());
        } catch (InvalidCommandException e) {
            // the person typed --target: the message is about what they typed; otherwise say where the targets came from
            if (!"targets".equals(e.field()) || !(chosen.implicit() || chosen.fromFile())) {
                throw e;
            }
            throw new InvalidCommandException("targets", e.getMessage() + " (targets from " + chosen.source() + ")", e);
        }
    }
}
