package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.DemoPortfolio;
import com.cryptorebalancer.app.HoldingsFiles;
import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.domain.rebalancing.PlanOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** {@code --input FILE... [--lenient] [--min-usd USD]}: which holdings a command reads and counts. */
final class HoldingsInputs {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", showDefaultValue = Visibility.NEVER,
            description = {"Holdings file to read; repeat for several. A CoinTracking export (Balance by Exchange, "
                    + "Current Balance, Coins by Exchange) or the generic CSV/JSON format; the format is detected.",
                    "Without --input, the bundled demo portfolio is used (and the output says so)."})
    List<Path> files = new ArrayList<>();

    @Option(names = "--lenient", showDefaultValue = Visibility.NEVER,
            description = "Import the good rows of a file that has bad ones, reporting each bad row, instead of refusing the file.")
    boolean lenient;

    @Option(names = "--min-usd", paramLabel = "USD", converter = Converters.Usd.class,
            description = "Holdings worth less are dust: left out and reported.")
    BigDecimal minUsd = PlanOptions.DEFAULT_MIN_USD.value();

    boolean usesDemo() {
        return files.isEmpty();
    }

    /** The files as sources (the import refuses, by name, one it cannot read), or the demo portfolio. */
    List<HoldingsSource> sources() {
        return usesDemo() ? List.of(DemoPortfolio.source()) : files.stream().map(HoldingsFiles::source).toList();
    }

    /** For the table's header. */
    String describe() {
        return usesDemo() ? DemoPortfolio.NAME + ", since no --input was given"
                : files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** For stderr beside JSON and CSV, which carry no header. */
    List<String> notes() {
        return usesDemo()
                ? List.of("no --input given: using the " + DemoPortfolio.NAME + ", invented holdings for trying the tool")
                : List.of();
    }
}
