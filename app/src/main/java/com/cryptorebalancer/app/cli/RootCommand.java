package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.AppVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rebalancer}: only dispatches to its subcommands. */
@Command(name = "rebalancer", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Plans which coins to sell and buy, on which exchange or wallet, to bring a crypto "
                + "portfolio back to its target allocation.",
        footer = {"", "Exit codes: 0 done, 2 invalid input (one 'error:' line on stderr), 1 unexpected failure.",
                "Settings: REBALANCER_DATA_DIR (default ./data), also read from a .env file in the working directory."})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: plan, groups or taxonomy");
    }

    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"rebalancer " + AppVersion.get()};
        }
    }
}
