package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.ShowPortfolioQuery;
import com.cryptorebalancer.application.pricing.PricingMode;
import com.cryptorebalancer.application.report.PortfolioReport;
import com.cryptorebalancer.application.report.PricesReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rebalancer groups}: where the value is, by group and by location, and what nothing recognised. */
@Command(name = "groups", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = {"Shows the value by group (with its coins) and by location, the tickers nothing recognised "
                + "(largest first), the holdings left out (negative, no price, dust) and what each import read."})
final class GroupsCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    @Mixin
    HoldingsInputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.ViewConverter.class, description = "table or json.")
    Format.View format = Format.View.TABLE;

    @Option(names = "--pricing", paramLabel = "PRICING", converter = Converters.Pricing.class,
            description = "local (the export's own values; the default), auto (live prices from the configured sources) "
                    + "or hybrid (the export's values, live ones where the export is older than a day or has no value).")
    PricingMode pricing = PricingMode.LOCAL;

    GroupsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        wiring.openDatabaseInBackground(); // the taxonomy changes are in it; meanwhile the files are read
        PortfolioReport report = PortfolioReport.of(wiring.showPortfolio()
                .show(new ShowPortfolioQuery(inputs.sources(), inputs.lenient, inputs.minUsd, pricing)));
        if (format == Format.View.JSON) {
            Output.emit(spec, Json.write(report), null, inputs.notes());
        } else {
            Output.emit(spec, PortfolioTable.render(report, inputs.describe()) + pricesNote(report.prices()), null, List.of());
        }
        return RebalancerCli.EXIT_OK;
    }

    /** Under the table: where live prices came from and what to know about them (nothing for local pricing). */
    private static String pricesNote(PricesReport prices) {
        if (prices == null) {
            return "";
        }
        long live = prices.prices().stream().filter(line -> !line.source().equals("local")).count();
        StringBuilder text = new StringBuilder("\nprices: " + prices.pricing() + ", " + live + " coin(s) at live prices, "
                + (prices.prices().size() - live) + " at the export's values"
                + (prices.unpriced().isEmpty() ? "" : ", no price for " + String.join(", ", prices.unpriced())) + "\n");
        prices.warnings().forEach(warning -> text.append("warning (").append(warning.code()).append("): ")
                .append(warning.message()).append('\n'));
        return text.toString();
    }
}
