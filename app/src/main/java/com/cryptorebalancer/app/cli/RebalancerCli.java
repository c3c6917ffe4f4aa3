package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.AppConfig;
import com.cryptorebalancer.app.Wiring;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code rebalancer} command line, ready to {@link CommandLine#execute execute}. Exit codes: 0 done,
 * 2 invalid input (one {@code error:} line on stderr), 1 unexpected failure.
 */
public final class RebalancerCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_UNEXPECTED = 1;
    public static final int EXIT_INVALID_INPUT = 2;

    private RebalancerCli() {
    }

    /** Runs one command line and closes what it opened (the database); answers the exit code. */
    public static int run(AppConfig config, PrintWriter out, PrintWriter err, String... args) {
        try (Wiring wiring = new Wiring(config)) {
            return create(wiring, out, err).execute(args);
        }
    }

    static CommandLine create(Wiring wiring, PrintWriter out, PrintWriter err) {
        AppConfig config = wiring.config();
        CommandLine cli = new CommandLine(new RootCommand());
        cli.addSubcommand(new PlanCommand(wiring));
        cli.addSubcommand(new GroupsCommand(wiring));
        cli.addSubcommand(new TaxonomyCommand(wiring));
        cli.addSubcommand(new PricesCommand(wiring));
        cli.addSubcommand(new RiskCommand(wiring));
        cli.addSubcommand(new StressTestsCommand(wiring));
        cli.addSubcommand(new SuggestCommand(wiring));
        cli.addSubcommand(new BacktestsCommand(wiring));
        cli.addSubcommand(new ServeCommand(config));
        // set after the subcommands are added, so that they apply to all of them
        ErrorHandler errors = new ErrorHandler(config.debug());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }
}
