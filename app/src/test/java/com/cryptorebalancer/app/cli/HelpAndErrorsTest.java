package com.cryptorebalancer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class HelpAndErrorsTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"", "plan", "groups", "taxonomy", "taxonomy list", "taxonomy show", "taxonomy set-alias",
            "taxonomy remove-alias", "taxonomy add-group", "taxonomy move-group", "taxonomy set-location-kind"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        CliRun run = CliRun.run(dataDir, args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: rebalancer" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.err()).as("no picocli warnings about the help texts").isEmpty();
    }

    @Test
    void versionIsTheBuildsVersion() {
        CliRun run = CliRun.run(dataDir, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("rebalancer \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }

    @Test
    void noCommandIsInvalidInput() {
        CliRun run = CliRun.run(dataDir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: missing command: plan, groups or taxonomy (see 'rebalancer --help')\n");
    }

    /** A command that fails the way a bug does. */
    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("plan does not balance");
        }
    }

    private static CliRun runBroken(boolean debug) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Broken());
        ErrorHandler handler = new ErrorHandler(debug);
        cli.setErr(new PrintWriter(err)).setExecutionExceptionHandler(handler).setParameterExceptionHandler(handler);
        return new CliRun(cli.execute(), "", err.toString());
    }

    @Test
    void anUnexpectedFailureIsExitCode1WithOneLineUnlessDebugging() {
        CliRun quiet = runBroken(false);
        CliRun debug = runBroken(true);

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.err()).isEqualTo("error: unexpected java.lang.IllegalStateException: plan does not balance "
                + "(set REBALANCER_DEBUG=1 for the stack trace)\n");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).startsWith("error: unexpected java.lang.IllegalStateException: plan does not balance\n")
                .contains("\tat " + Broken.class.getName() + ".call(");
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertThat(ErrorHandler.oneLine("first\n  second\r\nthird ")).isEqualTo("first; second; third");
    }
}
