package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.ManageTaxonomyUseCase;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.taxonomy.Classification;
import com.cryptorebalancer.domain.taxonomy.PriceLookup;
import com.cryptorebalancer.domain.taxonomy.Taxonomy;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rebalancer taxonomy ...}: see and change which group each coin is in, and what kind each location is. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true,
        description = {"Shows and changes the taxonomy: the groups targets are set for, which group each ticker "
                + "belongs to, and the kind of each location. Changes are saved in <data dir>/taxonomy.json."})
final class TaxonomyCommand implements Callable<Integer> {

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    TaxonomyCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand: list, show, set-alias, remove-alias, add-group, move-group or set-location-kind");
    }

    private ManageTaxonomyUseCase taxonomy() {
        return wiring.manageTaxonomy();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the groups in order with how many tickers each holds, your ticker assignments and your location kinds.")
    int list(@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.ViewConverter.class,
                     description = "table or json (default table).") Format.View format) {
        TaxonomyListing listing = TaxonomyListing.of(taxonomy().current(), wiring.taxonomyStore());
        print(format == Format.View.JSON ? Json.write(listing) : listing.table());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows how a ticker is classified and why: the coin it is, its group, the basis and an explanation.")
    int show(@Parameters(paramLabel = "SYMBOL", description = "The ticker as an export spells it, e.g. SOL2 or DOT.S.") String symbol,
             @Option(names = "--name", paramLabel = "NAME",
                     description = "The coin's full name as the export prints it, e.g. \"Polkadot\".")
             String name) {
        Asset ticker = asset(symbol);
        Classification c = taxonomy().current().classify(ticker, name, null, PriceLookup.NONE);
        String text = "ticker:       " + ticker + (name == null ? "" : " (\"" + name + "\")") + "\n"
                + "coin:         " + c.coin() + "\n"
                + "group:        " + c.group() + "\n"
                + "basis:        " + c.basis().code() + "\n"
                + "explanation:  " + c.explanation() + "\n";
        if (c.isUnknown()) {
            text += "(rules that need a price, such as a stablecoin's peg, cannot apply here; assign it with "
                    + "'rebalancer taxonomy set-alias " + c.coin() + " GROUP')\n";
        }
        print(text);
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "set-alias", mixinStandardHelpOptions = true, description = "Puts a ticker in a group (the group must exist).")
    int setAlias(@Parameters(paramLabel = "SYMBOL") String symbol, @Parameters(paramLabel = "GROUP") String group) {
        Taxonomy updated = taxonomy().setAlias(symbol, group);
        Asset asset = asset(symbol);
        saved(asset + " is now in " + updated.classify(asset, null, null, PriceLookup.NONE).group());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "remove-alias", mixinStandardHelpOptions = true,
            description = "Forgets your assignment of a ticker; the default rules classify it again.")
    int removeAlias(@Parameters(paramLabel = "SYMBOL") String symbol) {
        Taxonomy updated = taxonomy().removeAlias(symbol);
        Classification now = updated.classify(asset(symbol), null, null, PriceLookup.NONE);
        saved("removed your assignment of " + asset(symbol) + "; it is now in " + now.group() + " (" + now.basis().code() + ")");
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "add-group", mixinStandardHelpOptions = true, description = "Adds a group, by default just before Others.")
    int addGroup(@Parameters(paramLabel = "NAME") String name,
                 @Option(names = "--position", paramLabel = "N", description = "1-based position in the group order.") Integer position) {
        Taxonomy updated = taxonomy().addGroup(name, position);
        saved("added group " + name.strip() + " at position " + position(updated, name) + " of " + updated.groups().size());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "move-group", mixinStandardHelpOptions = true, description = "Moves a group to another position in the order.")
    int moveGroup(@Parameters(paramLabel = "NAME") String name,
                  @Option(names = "--position", paramLabel = "N", required = true, description = "1-based position.") int position) {
        Taxonomy updated = taxonomy().moveGroup(name, position);
        saved("moved group " + updated.group(name) + " to position " + position(updated, name) + " of " + updated.groups().size());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "set-location-kind", mixinStandardHelpOptions = true,
            description = "Decides the kind of a location by name; the kind decides how the plan sells there.")
    int setLocationKind(@Parameters(paramLabel = "NAME", description = "The location as the export names it, e.g. \"Vsync\".")
                        String location,
                        @Parameters(paramLabel = "KIND", converter = Converters.Kind.class,
                                description = "One of: exchange_spot, exchange_earn, software_wallet, app_wallet, "
                                        + "hardware_wallet, manual, unknown.") LocationKind kind) {
        taxonomy().setLocationKind(location, kind);
        saved("location '" + location.strip() + "' is now of kind " + kind.code() + " (" + kind.label() + ")");
        return RebalancerCli.EXIT_OK;
    }

    private static int position(Taxonomy taxonomy, String name) {
        return taxonomy.rank(taxonomy.group(name)) + 1;
    }

    private void saved(String what) {
        print(what + " (saved in " + wiring.taxonomyStore() + ")\n");
    }

    private void print(String text) {
        Output.emit(spec, text, null, List.of());
    }

    private static Asset asset(String symbol) {
        try {
            return Asset.of(symbol);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("symbol", e.getMessage(), e);
        }
    }
}
