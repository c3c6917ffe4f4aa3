package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.AppConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of the command line, with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} against {@code dataDir}, with no environment and no .env (the config is explicit). */
    static CliRun run(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RebalancerCli.run(new AppConfig(dataDir, false), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} with the settings given as {@code REBALANCER_} variables (nothing read from the environment). */
    static CliRun run(java.util.Map<String, String> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RebalancerCli.run(AppConfig.of(settings), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The real CoinTracking export in the shared data beside the checkout (never copied into the project). */
    static Path realExport() {
        return Path.of(System.getProperty("shared.dir"), "data/cointracking/balance-by-exchange-2025-08-26.csv");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
