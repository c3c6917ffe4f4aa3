package com.cryptorebalancer.app;

import com.cryptorebalancer.app.cli.RebalancerCli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code java -jar rebalancer.jar ...}: reads the configuration and runs the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: JSON must be UTF-8, and coin names are not all ASCII
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            AppConfig config = AppConfig.load(System.getenv(), Path.of(""));
            exitCode = RebalancerCli.run(config, out, err, args);
        } catch (InvalidConfigException e) {
            err.println("error: " + e.getMessage());
            exitCode = RebalancerCli.EXIT_INVALID_INPUT;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
