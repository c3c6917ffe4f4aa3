package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.adapter.out.persistence.file.TaxonomyFileException;
import com.cryptorebalancer.adapter.out.persistence.jdbc.DatabaseException;
import com.cryptorebalancer.app.InvalidConfigException;
import com.cryptorebalancer.application.port.in.InvalidCommandException;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and {@code error:} lines. Input a person got wrong
 * (options, targets, holdings files, the taxonomy file, the configuration) is exit code 2 with one
 * line naming what and where; anything else is a bug, exit code 1, with the stack trace only when
 * {@code REBALANCER_DEBUG=1}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final List<Class<? extends RuntimeException>> INVALID_INPUT = List.of(
            InvalidCommandException.class, InvalidHoldingsFileException.class, TaxonomyFileException.class,
            InvalidConfigException.class);

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        // picocli starts some messages with its own "Error: "
        command.getErr().println("error: " + oneLine(ex.getMessage()).replaceFirst("^Error: ", "")
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return RebalancerCli.EXIT_INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (INVALID_INPUT.stream().anyMatch(type -> type.isInstance(ex))) {
            err.println("error: " + oneLine(ex.getMessage()));
            return RebalancerCli.EXIT_INVALID_INPUT;
        }
        if (ex instanceof DatabaseException) {
            // not the person's input and not a bug: the database cannot be used (in use, unreachable, refused)
            err.println("error: " + oneLine(ex.getMessage()));
            return RebalancerCli.EXIT_UNEXPECTED;
        }
        if (debug) {
            err.println("error: unexpected " + oneLine(ex.toString()));
            ex.printStackTrace(err);
        } else {
            err.println("error: unexpected " + oneLine(ex.toString()) + " (set REBALANCER_DEBUG=1 for the stack trace)");
        }
        return RebalancerCli.EXIT_UNEXPECTED;
    }

    /** Messages that span lines (some library messages do) are joined, so that an error stays one line. */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
