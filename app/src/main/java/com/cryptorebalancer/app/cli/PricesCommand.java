package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.Wiring;
import com.cryptorebalancer.application.port.in.Backfill;
import com.cryptorebalancer.application.port.in.BackfillJob;
import com.cryptorebalancer.application.port.in.BackfillJobsUseCase;
import com.cryptorebalancer.application.port.in.HistoryImport;
import com.cryptorebalancer.application.port.in.HoldingsWorth;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.in.MarketPricesUseCase;
import com.cryptorebalancer.application.port.in.ShowPortfolioQuery;
import com.cryptorebalancer.application.port.out.RowProblem;
import com.cryptorebalancer.application.pricing.BackfillJobsService;
import com.cryptorebalancer.application.report.PricesReport;
import com.cryptorebalancer.domain.money.Asset;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rebalancer prices ...}: live prices now, daily history into the database, and the sources' health. */
@Command(name = "prices", mixinStandardHelpOptions = true,
        description = {"Live prices from the configured sources (REBALANCER_PRICE_SOURCES, default coingecko, binance, "
                + "kraken), and daily price history kept in the database for risk and backtests."})
final class PricesCommand implements Callable<Integer> {

    private static final int SKIPPED_SHOWN = 5;
    /** How long Ctrl+C waits for a backfill to stop at its next coin and record its end. */
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final Wiring wiring;

    @Spec
    CommandSpec spec;

    PricesCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: now, import, backfill, worth, stored or sources");
    }

    private MarketPricesUseCase prices() {
        return wiring.marketPrices();
    }

    @Command(name = "now", mixinStandardHelpOptions = true,
            description = "The current USD price of each coin, with its source, its time and whether it is stale.")
    int now(@Option(names = "--source", paramLabel = "NAME", description = "Ask only this source (coingecko, binance or kraken).")
            String source,
            @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.ViewConverter.class,
                    description = "table or json (default table).") Format.View format,
            @Parameters(paramLabel = "SYMBOL", arity = "1..*", description = "Tickers, e.g. BTC ETH SOL.") List<String> symbols) {
        Set<Asset> coins = new LinkedHashSet<>();
        for (String symbol : symbols) {
            coins.add(asset(symbol));
        }
        PricesReport report = PricesReport.of(prices().now(coins, source));
        if (format == Format.View.JSON) {
            print(Json.write(report));
            return RebalancerCli.EXIT_OK;
        }
        TextTable table = TextTable.of("coin", "usd", "source", "as of", "stale");
        report.prices().forEach(line -> table.row(line.symbol(), line.usd(), line.source(), line.asOf(), line.stale() ? "stale" : ""));
        StringBuilder text = new StringBuilder(table.render(""));
        if (!report.unpriced().isEmpty()) {
            text.append("no price: ").append(String.join(", ", report.unpriced())).append('\n');
        }
        report.warnings().forEach(warning -> text.append("warning (").append(warning.code()).append("): ")
                .append(warning.message()).append('\n'));
        print(text.toString());
        return report.prices().isEmpty() ? RebalancerCli.EXIT_UNEXPECTED : RebalancerCli.EXIT_OK;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads daily history files (<SYMBOL>-USD_1d.csv: datetime,open,high,low,close,volume), one or a "
                    + "folder's, into the database. Rows that cannot be read are counted and listed with their reason.")
    int importFiles(@Parameters(paramLabel = "PATH", description = "A file or a folder.") Path path) {
        HistoryImport result = prices().importHistory(path);
        StringBuilder text = new StringBuilder();
        TextTable table = TextTable.of("file", "coin", "days read", "new days", "rows skipped");
        result.files().forEach(file -> table.row(file.file(), file.asset().symbol(), file.read(), file.newDays(),
                file.skipped().size()));
        text.append(table.render(""));
        for (HistoryImport.FileOutcome file : result.files()) {
            List<RowProblem> skipped = file.skipped();
            if (!skipped.isEmpty()) {
                Map<String, Long> byReason = skipped.stream().collect(Collectors.groupingBy(RowProblem::reason,
                        TreeMap::new, Collectors.counting()));
                text.append(file.file()).append(": ").append(skipped.size()).append(" row(s) skipped, by reason ")
                        .append(byReason).append('\n');
                skipped.stream().limit(SKIPPED_SHOWN).forEach(row -> text.append("  ").append(row.describe()).append('\n'));
                if (skipped.size() > SKIPPED_SHOWN) {
                    text.append("  ... and ").append(skipped.size() - SKIPPED_SHOWN).append(" more\n");
                }
            }
        }
        text.append(result.files().size()).append(" file(s): ").append(result.read()).append(" days read, ")
                .append(result.newDays()).append(" new in the database, ").append(result.skipped()).append(" rows skipped\n");
        print(text.toString());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "backfill", mixinStandardHelpOptions = true,
            description = "Fetches the daily closes the database lacks for the coins of the portfolio (the files given, "
                    + "or the demo portfolio) over the last DAYS days, from the configured sources in order. It runs as a "
                    + "backfill job like the server's: not while another runs on the same database.")
    int backfill(@Option(names = "--days", paramLabel = "DAYS", defaultValue = "365",
                         description = "How many days back from yesterday (default 365).") int days,
                 @Mixin HoldingsInputs inputs) {
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        boolean[] barShown = {false};
        BackfillJobsUseCase.Start run = null;
        CancellationException stopped = null;
        // Ctrl+C: the backfill stops at its next coin and records its end, so its job does not block others
        Thread command = Thread.currentThread();
        Thread stop = new Thread(() -> {
            command.interrupt();
            try {
                command.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop backfill");
        Runtime.getRuntime().addShutdownHook(stop);
        try (BackfillJobsService jobs = wiring.backfillJobs(new InputPortfolio(wiring.showPortfolio(), inputs))) {
            run = jobs.runHere(days, (done, total, outcome) -> {
                if (terminal) {
                    barShown[0] = true;
                    int width = 30;
                    int filled = done * width / Math.max(1, total);
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " "
                            + outcome.asset() + " " + outcome.status().code() + "      ");
                    err.flush();
                }
            });
        } catch (CancellationException e) { // Ctrl+C or a stop signal: asked for, and its job records it
            Thread.interrupted(); // done with: the database closes as usual
            stopped = e;
        } finally {
            removeHook(stop);
            if (barShown[0]) {
                err.println();
            }
        }
        if (stopped != null) {
            err.println("error: " + stopped.getMessage());
            return RebalancerCli.EXIT_UNEXPECTED;
        }
        BackfillJob job = run.job();
        if (!run.started()) {
            err.println("error: a backfill is running on this database (job " + job.id() + ", " + job.done() + " of "
                    + job.total() + " coins done, started " + job.startedAt() + ", last heard of " + job.updatedAt()
                    + "): start this one when it is done; a job not heard of for "
                    + BackfillJobsService.ALIVE_WITHIN.toMinutes() + " minutes is taken as stopped");
            return RebalancerCli.EXIT_UNEXPECTED;
        }
        Backfill result = new Backfill(job.first(), job.last(), job.coins());
        StringBuilder text = new StringBuilder("backfill of " + result.first() + " to " + result.last() + " for "
                + result.coins().size() + " coin(s) of " + inputs.describe() + " (job " + job.id() + ")\n");
        TextTable table = TextTable.of("coin", "status", "days missing", "days fetched", "source", "message");
        result.coins().forEach(coin -> table.row(coin.asset().symbol(), coin.status().code(), coin.missing(), coin.fetched(),
                coin.source() == null ? "" : coin.source(), coin.message() == null ? "" : coin.message()));
        text.append(table.render(""));
        text.append(result.count(Backfill.Status.FETCHED)).append(" fetched (").append(result.daysFetched()).append(" days), ")
                .append(result.count(Backfill.Status.COMPLETE)).append(" complete already, ")
                .append(result.count(Backfill.Status.UNKNOWN)).append(" unknown to every source, ")
                .append(result.count(Backfill.Status.FAILED)).append(" failed\n");
        print(text.toString());
        return result.count(Backfill.Status.FAILED) > 0 ? RebalancerCli.EXIT_UNEXPECTED : RebalancerCli.EXIT_OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for this command to end
        }
    }

    @Command(name = "worth", mixinStandardHelpOptions = true,
            description = "What the holdings (the files given, or the demo portfolio) would have been worth on each of the last "
                    + "DAYS days, at the daily closes stored in the database. A day sums only the coins with a close that day.")
    int worth(@Option(names = "--days", paramLabel = "DAYS", defaultValue = "365",
                      description = "How many days back from yesterday (1 to 3650, default 365).") int days,
              @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.ViewConverter.class,
                      description = "table or json (default table).") Format.View format,
              @Mixin HoldingsInputs inputs) {
        Map<Asset, BigDecimal> quantities = wiring.showPortfolio().quantities(new ShowPortfolioQuery(inputs.sources(),
                inputs.lenient, BigDecimal.ZERO));
        HoldingsWorth worth = prices().worth(quantities, days);
        if (format == Format.View.JSON) {
            print(Json.write(worth));
            return RebalancerCli.EXIT_OK;
        }
        StringBuilder text = new StringBuilder("worth of the " + worth.coins() + " coin(s) of " + inputs.describe()
                + " from " + worth.first() + " to " + worth.last() + ", at the stored daily closes\n");
        if (!worth.withoutHistory().isEmpty()) {
            List<String> missing = worth.withoutHistory();
            text.append(missing.size()).append(" coin(s) have no stored close in these days and are left out: ")
                    .append(String.join(", ", missing.subList(0, Math.min(20, missing.size()))))
                    .append(missing.size() > 20 ? " and " + (missing.size() - 20) + " more" : "").append('\n');
        }
        if (worth.days().isEmpty()) {
            text.append("no stored close for any of them in these days: 'rebalancer prices import PATH' or 'rebalancer prices backfill'\n");
            print(text.toString());
            return RebalancerCli.EXIT_OK;
        }
        TextTable table = TextTable.of("day", ">usd", ">coins priced");
        worth.days().forEach(day -> table.row(day.day(), Cells.usd(day.usd()), day.coinsPriced() + " of " + worth.coins()));
        print(text.append(table.render("")).toString());
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "stored", mixinStandardHelpOptions = true, description = "What daily history the database holds, by coin.")
    int stored() {
        TextTable table = TextTable.of("coin", "first day", "last day", "days");
        prices().storedHistory().forEach(coin -> table.row(coin.asset().symbol(), coin.first(), coin.last(), coin.days()));
        print(table.isEmpty() ? "no daily history stored yet: 'rebalancer prices import PATH' or 'rebalancer prices backfill'\n"
                : table.render(""));
        return RebalancerCli.EXIT_OK;
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = "The live sources in the order they are asked, with how they have answered in this process.")
    int sources() {
        TextTable table = TextTable.of("source", "circuit", "requests", "last success", "last error");
        prices().sources().forEach(source -> table.row(source.source(), source.circuit(), source.requests(),
                source.lastSuccess() == null ? "" : source.lastSuccess(), source.lastError() == null ? "" : source.lastError()));
        print(table.isEmpty() ? "no live price source is configured (REBALANCER_PRICE_SOURCES=none)\n" : table.render(""));
        return RebalancerCli.EXIT_OK;
    }

    private static Asset asset(String symbol) {
        try {
            return Asset.of(symbol);
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("SYMBOL", e.getMessage(), e);
        }
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
